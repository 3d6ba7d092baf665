package org.fraudlink.registry.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fraudlink.registry.domain.ActionStatus;

/** One action item of a meeting's resolution, owned by an organisation, due on a date. */
@Entity
@Table(name = "action_item")
public class ActionItem {

    @Id
    public UUID id;

    @Column(name = "meeting_id")
    public UUID meetingId;

    public String resolution;

    @Column(name = "owner_org")
    public String ownerOrg;

    @Column(name = "owner_region")
    public String ownerRegion;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public ActionStatus status;

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public int version;
}
