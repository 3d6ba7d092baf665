package org.fraudlink.registry.domain;

/** What a registry admin gives to create an organisation. */
public record NewOrganisation(String code, String name, OrgType type, String region, String parentCode,
        Contact contact) {
}
