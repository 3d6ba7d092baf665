package org.fraudlink.registry.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.fraudlink.registry.domain.MemberRole;

/** A person of an organisation serving in a task force. */
@Entity
@Table(name = "task_force_member")
public class TaskForceMember {

    @Id
    public UUID id;

    @Column(name = "task_force_id")
    public UUID taskForceId;

    @Column(name = "org_code")
    public String orgCode;

    public String person;

    @Enumerated(EnumType.STRING)
    public MemberRole role;

    @Column(name = "added_at")
    public Instant addedAt;
}
