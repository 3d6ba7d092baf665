package org.fraudlink.registry.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A task force: a name, its lead organisation, its period. */
@Entity
@Table(name = "task_force")
public class TaskForce {

    @Id
    public UUID id;

    public String name;

    @Column(name = "lead_org")
    public String leadOrg;

    @Column(name = "lead_region")
    public String leadRegion;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public int version;
}
