package org.fraudlink.alerts.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What alert-service knows of an organisation, kept current by {@code OrganisationChanged}. */
@Entity
@Table(name = "organisation")
public class OrganisationEntity {

    @Id
    public String code;

    public String name;

    public String type;

    public String region;

    @Column(name = "parent_code")
    public String parentCode;

    public String status;

    @Column(name = "changed_at")
    public Instant changedAt;

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
