package org.fraudlink.cases.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Changed fields of a case (null: unchanged) and the version the caller read. */
public record CaseChanges(int version, CaseType type, String title, String summary, Instant occurredAt,
        BigDecimal lossAmount, Integer victimCount, List<String> tags) {
}
