package org.fraudlink.cases.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case to open, already checked for shape (types, amounts, lengths); the domain checks the rest. */
public record NewCase(CaseType type, String title, String summary, String region, Instant occurredAt,
        Instant reportedAt, BigDecimal lossAmount, Integer victimCount, List<String> tags, UUID warningId) {
}
