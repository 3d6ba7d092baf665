package org.fraudlink.cases.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.fraudlink.cases.domain.CaseStatus;
import org.fraudlink.cases.domain.CaseType;

/** A fraud case. */
@Entity
@Table(name = "fraud_case")
@SqlResultSetMapping(name = CaseEntity.WITH_TOTAL, entities = @EntityResult(entityClass = CaseEntity.class),
        columns = @ColumnResult(name = "total", type = Long.class))
public class CaseEntity {

    /** Result mapping of native queries reading {@code c.*} and a {@code total} column beside it (a page's count). */
    public static final String WITH_TOTAL = "CaseEntity.withTotal";

    @Id
    public UUID id;

    public String number;

    @Enumerated(EnumType.STRING)
    public CaseType type;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    public String title;

    public String summary;

    public String region;

    @Column(name = "owning_org")
    public String owningOrg;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] tags = new String[0];

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "filed_at")
    public Instant filedAt;

    @Column(name = "solved_at")
    public Instant solvedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "rejected_at")
    public Instant rejectedAt;

    @Column(name = "loss_amount")
    public BigDecimal lossAmount;

    @Column(name = "secured_amount")
    public BigDecimal securedAmount = BigDecimal.ZERO;

    @Column(name = "victim_count")
    public int victimCount;

    @Column(name = "warning_id")
    public UUID warningId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public int version;

    /** The time the case entered its current status: the earliest time its next step may carry. */
    public Instant currentStepAt() {
        return switch (status) {
            case REPORTED -> reportedAt;
            case FILED -> filedAt;
            case SOLVED -> solvedAt;
            case CLOSED -> closedAt;
            case REJECTED -> rejectedAt;
        };
    }

    /** Moves the case to {@code target} at {@code at}, stamping that step's time. */
    public void enter(CaseStatus target, Instant at) {
        switch (target) {
            case FILED -> filedAt = at;
            case SOLVED -> solvedAt = at;
            case CLOSED -> closedAt = at;
            case REJECTED -> rejectedAt = at;
            case REPORTED -> reportedAt = at;
        }
        status = target;
    }
}
