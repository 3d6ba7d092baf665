package org.fraudlink.cases.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.fraudlink.platform.identifiers.IdentifierKind;

/** What a {@code WarningOutcomeRecorded} (ALREADY_DEFRAUDED) says that a case needs. */
public record WarningCase(UUID warningId, String externalId, String assignedOrg, String victimRegion,
        Instant recordedAt, List<Indicator> indicators) {

    /** An identifier the warning involved, as alert-service sent it. */
    public record Indicator(IdentifierKind kind, String value) {
    }
}
