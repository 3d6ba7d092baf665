package org.fraudlink.alerts.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.fraudlink.alerts.domain.HoldStatus;
import org.fraudlink.alerts.domain.InterventionKind;
import org.fraudlink.alerts.domain.InterventionResult;
import org.fraudlink.alerts.domain.InterventionStatus;
import org.fraudlink.alerts.persistence.InterventionEntity;

/** An order as its issuer, its addressee and the task force see it; {@code hold} is its legal clock's state now. */
public record InterventionView(UUID id, InterventionKind kind, String targetOrg, String issuingOrg,
        String caseNumber, Map<String, String> subject, BigDecimal amount, String legalBasis,
        InterventionStatus status, Instant issuedAt, Instant deadline, HoldStatus hold, Instant acknowledgedAt,
        InterventionResult result, BigDecimal amountSecured, String reason, Instant resolvedAt, int renewals,
        long version) {

    static InterventionView of(InterventionEntity o, HoldStatus hold) {
        return new InterventionView(o.id, o.kind, o.targetOrg, o.issuingOrg, o.caseNumber,
                Map.of("kind", o.subjectKind, "value", o.subjectValue), money(o.amount), o.legalBasis, o.status,
                o.issuedAt, o.deadline, hold, o.acknowledgedAt, o.result, money(o.amountSecured), o.reason,
                o.resolvedAt, o.renewals, o.version);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
