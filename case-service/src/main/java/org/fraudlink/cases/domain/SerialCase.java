package org.fraudlink.cases.domain;

import java.util.List;

import org.fraudlink.cases.persistence.CaseEntity;
import org.fraudlink.cases.persistence.IdentifierRepository.KindValue;

/**
 * A case that shares identifiers with what the caller asked about. {@code inScope} says whether the caller may
 * see its details; outside scope only number, owning unit, region and the shared identifiers are shown.
 */
public record SerialCase(CaseEntity fraudCase, boolean inScope, List<KindValue> sharedIdentifiers) {
}
