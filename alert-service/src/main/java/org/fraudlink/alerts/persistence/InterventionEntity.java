package org.fraudlink.alerts.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fraudlink.alerts.domain.InterventionKind;
import org.fraudlink.alerts.domain.InterventionResult;
import org.fraudlink.alerts.domain.InterventionStatus;

/** An order to a partner: stop-payment, freeze, fund return, phone or platform-account suspension, domain block. */
@Entity
@Table(name = "intervention")
public class InterventionEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public InterventionKind kind;

    @Column(name = "target_org")
    public String targetOrg;

    @Column(name = "issuing_org")
    public String issuingOrg;

    @Column(name = "issuing_region")
    public String issuingRegion;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "subject_kind")
    public String subjectKind;

    @Column(name = "subject_value")
    public String subjectValue;

    public BigDecimal amount;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Enumerated(EnumType.STRING)
    public InterventionStatus status;

    @Column(name = "issued_at")
    public Instant issuedAt;

    public Instant deadline;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Enumerated(EnumType.STRING)
    public InterventionResult result;

    @Column(name = "amount_secured")
    public BigDecimal amountSecured;

    public String reason;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    public int renewals;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;
}
