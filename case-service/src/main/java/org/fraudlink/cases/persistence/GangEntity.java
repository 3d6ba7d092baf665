package org.fraudlink.cases.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A gang dismantled in a case. */
@Entity
@Table(name = "case_gang")
public class GangEntity {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public String name;

    public Integer members;

    @Column(name = "dismantled_at")
    public Instant dismantledAt;

    @Column(name = "created_at")
    public Instant createdAt;
}
