package org.fraudlink.alerts.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.fraudlink.alerts.domain.Channel;
import org.fraudlink.alerts.domain.Grade;
import org.fraudlink.alerts.domain.Outcome;
import org.fraudlink.alerts.domain.SourceKind;
import org.fraudlink.alerts.domain.WarningStatus;

/** A warning lead about a likely victim, and what became of it. */
@Entity
@Table(name = "warning")
public class WarningEntity {

    @Id
    public UUID id;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "source_org")
    public String sourceOrg;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind")
    public SourceKind sourceKind;

    @Column(name = "victim_phone")
    public String victimPhone;

    @Column(name = "victim_name")
    public String victimName;

    @Column(name = "victim_region")
    public String victimRegion;

    @Column(name = "observed_at")
    public Instant observedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_hint")
    public Grade riskHint;

    @Enumerated(EnumType.STRING)
    public Grade grade;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "risk_reasons", columnDefinition = "text[]")
    public String[] riskReasons;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    public WarningStatus status;

    @Column(name = "assigned_org")
    public String assignedOrg;

    /** The responsible unit and the units above it, as registry-service named them at dispatch. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] chain;

    @Column(name = "escalation_level")
    public int escalationLevel;

    @Column(name = "needs_rerouting")
    public boolean needsRerouting;

    @Column(name = "dispatched_at")
    public Instant dispatchedAt;

    @Column(name = "ack_due_at")
    public Instant ackDueAt;

    @Column(name = "outcome_due_at")
    public Instant outcomeDueAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_channel")
    public Channel outcomeChannel;

    public String notes;

    @Column(name = "outcome_at")
    public Instant outcomeAt;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;
}
