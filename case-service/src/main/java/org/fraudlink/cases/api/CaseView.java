package org.fraudlink.cases.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.fraudlink.cases.domain.CaseStatus;
import org.fraudlink.cases.domain.CaseType;
import org.fraudlink.cases.persistence.CaseEntity;

/** A case as the API shows it to a caller in scope. */
public record CaseView(UUID id, String number, CaseType type, CaseStatus status, String title, String summary,
        String region, String owningOrg, List<String> tags, Instant occurredAt, Instant reportedAt, Instant filedAt,
        Instant solvedAt, Instant closedAt, Instant rejectedAt, BigDecimal lossAmount, BigDecimal securedAmount,
        int victimCount, UUID warningId, Instant createdAt, int version) {

    static CaseView of(CaseEntity c) {
        return new CaseView(c.id, c.number, c.type, c.status, c.title, c.summary, c.region, c.owningOrg,
                List.of(c.tags), c.occurredAt, c.reportedAt, c.filedAt, c.solvedAt, c.closedAt, c.rejectedAt,
                money(c.lossAmount), money(c.securedAmount), c.victimCount, c.warningId, c.createdAt, c.version);
    }

    /** Money always with its two fraction digits, whether just written or read back. */
    static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
