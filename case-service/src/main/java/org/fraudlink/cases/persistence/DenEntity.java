package org.fraudlink.cases.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A den (a place the fraud was run from) destroyed in a case, with the region it was in. */
@Entity
@Table(name = "case_den")
public class DenEntity {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public String location;

    public String region;

    @Column(name = "destroyed_at")
    public Instant destroyedAt;

    @Column(name = "created_at")
    public Instant createdAt;
}
