package org.fraudlink.registry.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.fraudlink.registry.domain.Contact;
import org.fraudlink.registry.domain.OrgStatus;
import org.fraudlink.registry.domain.OrgType;
import org.fraudlink.registry.persistence.Organisation;

/** An organisation as the directory shows it; {@code contact} only to those allowed to see it. */
public record OrganisationView(UUID id, String code, String name, OrgType type, String region, String parentCode,
        OrgStatus status, @JsonInclude(JsonInclude.Include.NON_NULL) Contact contact, int version, Instant createdAt,
        Instant changedAt) {

    static OrganisationView of(Organisation o, boolean withContact) {
        Contact contact = withContact && (o.contactName != null || o.contactPhone != null || o.contactEmail != null)
                ? new Contact(o.contactName, o.contactPhone, o.contactEmail)
                : null;
        return new OrganisationView(o.id, o.code, o.name, o.type, o.region, o.parentCode, o.status, contact,
                o.version, o.createdAt, o.changedAt);
    }
}
