package org.fraudlink.cases.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.fraudlink.cases.domain.CaseStatus;

/** One step of a case's life, with its reason and who took it. */
@Entity
@Table(name = "case_transition")
public class TransitionEntity {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public CaseStatus toStatus;

    public String reason;

    public Instant at;

    public String actor;
}
