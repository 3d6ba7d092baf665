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

import org.fraudlink.registry.domain.OrgStatus;
import org.fraudlink.registry.domain.OrgType;

/** An organisation of the directory. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    public UUID id;

    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public OrgType type;

    public String region;

    @Column(name = "parent_code")
    public String parentCode;

    @Enumerated(EnumType.STRING)
    public OrgStatus status;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Version
    public int version;
}
