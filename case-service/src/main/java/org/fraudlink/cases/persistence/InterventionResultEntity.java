package org.fraudlink.cases.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The result of an intervention as alert-service reported it; {@code caseId} is null for an unknown number. */
@Entity
@Table(name = "intervention_result")
public class InterventionResultEntity {

    @Id
    @Column(name = "intervention_id")
    public UUID interventionId;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "case_id")
    public UUID caseId;

    public String kind;

    public String result;

    @Column(name = "amount_secured")
    public BigDecimal amountSecured;

    @Column(name = "resolved_at")
    public Instant resolvedAt;
}
