package org.fraudlink.cases.api;

import java.time.Instant;
import java.util.UUID;

import org.fraudlink.cases.persistence.IdentifierEntity;
import org.fraudlink.platform.identifiers.IdentifierKind;

/** An identifier of a case, in its normal form. */
public record IdentifierView(UUID id, UUID caseId, IdentifierKind kind, String value, String role, Instant addedAt) {

    static IdentifierView of(IdentifierEntity i) {
        return new IdentifierView(i.id, i.caseId, i.kind, i.value, i.role, i.addedAt);
    }
}
