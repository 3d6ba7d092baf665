package org.fraudlink.cases.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What an {@code InterventionResolved} says about the case it served. */
public record InterventionOutcome(UUID interventionId, String kind, String caseNumber, String result,
        BigDecimal amountSecured, Instant resolvedAt) {

    public boolean executed() {
        return "EXECUTED".equals(result);
    }
}
