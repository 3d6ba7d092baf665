package org.fraudlink.registry.domain;

/** The public directory fields of an organisation, as cached for jurisdiction look-ups. */
public record DirectoryEntry(String code, String name, OrgType type, String region, String parentCode,
        OrgStatus status) {

    public boolean isActivePolice() {
        return type == OrgType.POLICE && status == OrgStatus.ACTIVE;
    }
}
