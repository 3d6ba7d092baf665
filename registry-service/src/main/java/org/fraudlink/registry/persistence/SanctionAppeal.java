package org.fraudlink.registry.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fraudlink.registry.domain.AppealStatus;

/** An appeal against a sanction, recorded and decided by the issuing unit. */
@Entity
@Table(name = "sanction_appeal")
public class SanctionAppeal {

    @Id
    public UUID id;

    @Column(name = "sanction_id")
    public UUID sanctionId;

    public String grounds;

    @Column(name = "filed_at")
    public Instant filedAt;

    @Enumerated(EnumType.STRING)
    public AppealStatus status;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;

    @Version
    public int version;
}
