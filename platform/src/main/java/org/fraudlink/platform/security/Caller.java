package org.fraudlink.platform.security;

import java.util.Set;

/**
 * Who is calling, as the verified token says: subject, roles, organisation, organisation type and
 * jurisdiction. A plain value so domain rules can be tested without HTTP.
 */
public record Caller(String subject, Set<String> roles, String org, String orgType, String region) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String candidate : candidates) {
            if (roles.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the caller's jurisdiction covers {@code regionCode} (prefix rule of the contract). */
    public boolean covers(String regionCode) {
        return region != null && Regions.covers(region, regionCode);
    }

    /** The significant prefix of the caller's jurisdiction, for prefix queries ({@code LIKE prefix || '%'}). */
    public String regionPrefix() {
        return Regions.prefix(region);
    }

    public boolean isPolice() {
        return hasAnyRole(Roles.POLICE, Roles.TASK_FORCE);
    }

    public boolean isPartner() {
        return hasRole(Roles.PARTNER);
    }
}
