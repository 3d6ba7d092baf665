package org.fraudlink.registry.persistence;

import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fraudlink.registry.domain.LiaisonRole;

/** A round-the-clock liaison of an organisation and the daily window of their duty. */
@Entity
@Table(name = "liaison")
public class Liaison {

    @Id
    public UUID id;

    @Column(name = "org_code")
    public String orgCode;

    public String name;

    public String title;

    public String phone;

    @Enumerated(EnumType.STRING)
    public LiaisonRole role;

    @Column(name = "duty_from")
    public LocalTime dutyFrom;

    @Column(name = "duty_to")
    public LocalTime dutyTo;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public int version;
}
