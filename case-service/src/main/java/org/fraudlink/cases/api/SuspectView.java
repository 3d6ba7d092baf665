package org.fraudlink.cases.api;

import java.time.Instant;
import java.util.UUID;

import org.fraudlink.cases.domain.SuspectStatus;
import org.fraudlink.cases.persistence.SuspectEntity;

/** A suspect; of the ID number only the last four characters are ever shown. */
public record SuspectView(UUID id, UUID caseId, String name, String idNumberLast4, SuspectStatus status,
        Instant arrestedAt, int version) {

    static SuspectView of(SuspectEntity s) {
        return new SuspectView(s.id, s.caseId, s.name, s.idNumberLast4, s.status, s.arrestedAt, s.version);
    }
}
