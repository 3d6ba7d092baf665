package org.fraudlink.registry.events;

import java.time.Instant;

import org.fraudlink.registry.persistence.Organisation;

/** The payload of {@code OrganisationChanged} (docs/events.md): published on every create and change. */
public record OrganisationChanged(String code, String name, String type, String region, String parentCode,
        String status, Instant changedAt) {

    public static final String TYPE = "OrganisationChanged";
    public static final String AGGREGATE = "Organisation";

    public static OrganisationChanged of(Organisation organisation) {
        return new OrganisationChanged(organisation.code, organisation.name, organisation.type.name(),
                organisation.region, organisation.parentCode, organisation.status.name(), organisation.changedAt);
    }
}
