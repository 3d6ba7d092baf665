package org.fraudlink.alerts.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a warning's way: dispatched, re-routed or escalated from one unit to another. */
@Entity
@Table(name = "warning_hop")
public class HopEntity {

    @Id
    public UUID id;

    @Column(name = "warning_id")
    public UUID warningId;

    @Column(name = "from_org")
    public String fromOrg;

    @Column(name = "to_org")
    public String toOrg;

    public String reason;

    public Instant at;
}
