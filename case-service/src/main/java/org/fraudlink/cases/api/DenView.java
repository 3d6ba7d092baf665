package org.fraudlink.cases.api;

import java.time.Instant;
import java.util.UUID;

import org.fraudlink.cases.persistence.DenEntity;

/** A den destroyed in a case. */
public record DenView(UUID id, UUID caseId, String location, String region, Instant destroyedAt) {

    static DenView of(DenEntity d) {
        return new DenView(d.id, d.caseId, d.location, d.region, d.destroyedAt);
    }
}
