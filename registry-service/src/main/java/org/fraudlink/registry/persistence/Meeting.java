package org.fraudlink.registry.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A joint meeting: when, who convened it, who attended, the minutes. */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    public UUID id;

    @Column(name = "meeting_date")
    public LocalDate date;

    public String convener;

    @Column(name = "convener_region")
    public String convenerRegion;

    public String minutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "org_code")
    public Set<String> attendees = new LinkedHashSet<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public int version;
}
