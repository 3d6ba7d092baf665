package org.fraudlink.alerts.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** An order as police issue it (shape validated by the API layer). */
public record NewIntervention(InterventionKind kind, String targetOrg, String caseNumber, String subjectKind,
        String subjectValue, BigDecimal amount, String legalBasis, Instant issuedAt) {
}
