package org.fraudlink.registry.domain;

import java.util.Set;

/**
 * A merge patch of an organisation: only the fields named in {@code present} change; a present {@code parentCode}
 * or {@code contact} of null removes it. {@code version}, when given, must be the one the caller read.
 */
public record OrganisationChange(Set<String> present, String name, String region, String parentCode,
        Contact contact, OrgStatus status, Integer version) {

    public boolean has(String field) {
        return present.contains(field);
    }
}
