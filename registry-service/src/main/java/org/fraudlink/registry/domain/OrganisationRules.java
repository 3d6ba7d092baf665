package org.fraudlink.registry.domain;

import java.util.List;
import java.util.Set;

import org.fraudlink.platform.problem.FieldError;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.problem.ProblemType;
import org.fraudlink.platform.security.Caller;
import org.fraudlink.platform.security.Divisions;
import org.fraudlink.platform.security.Regions;
import org.fraudlink.platform.security.Roles;
import org.fraudlink.registry.persistence.Organisation;

/** The rules of the directory: valid regions, the hierarchy, who sees contacts, which roles a client may hold. */
public final class OrganisationRules {

    /** The joint-meeting office, made at bootstrap. */
    public static final String JMO = "JMO";

    private static final Set<String> POLICE_ROLES = Set.of(Roles.POLICE, Roles.TASK_FORCE);
    private static final Set<String> OFFICE_ROLES = Set.of(Roles.REGISTRY_ADMIN, Roles.AUDITOR);
    private static final Set<String> PARTNER_ROLES = Set.of(Roles.PARTNER);

    private OrganisationRules() {
    }

    public static void requireRegion(String field, String region) {
        if (!Regions.isWellFormed(region)) {
            throw ProblemException.invalid(field, "must be a 6-digit GB/T 2260 code");
        }
        if (!Divisions.exists(region)) {
            throw ProblemException.invalid(field, "is not a GB/T 2260 division code");
        }
    }

    /**
     * A parent is of the same type (police units form the hierarchy; a partner's branches hang under its head
     * office) and its region covers the child's.
     */
    public static void requireParent(OrgType type, String region, Organisation parent) {
        if (parent.type != type) {
            throw ProblemException.invalid("parentCode", "must be an organisation of type " + type);
        }
        if (!Regions.covers(parent.region, region)) {
            throw ProblemException.invalid("parentCode", "the parent's region " + parent.region
                    + " does not cover the region " + region);
        }
    }

    /** Contacts are for police and the task force, the registry admin, and the organisation itself. */
    public static boolean seesContact(Caller caller, String code) {
        return caller.isPolice() || caller.hasRole(Roles.REGISTRY_ADMIN) || code.equals(caller.org());
    }

    /** The contract's roles by organisation type; {@code service} is never given through the API. */
    public static Set<String> allowedRoles(Organisation organisation) {
        if (organisation.type == OrgType.POLICE) {
            return POLICE_ROLES;
        }
        return JMO.equals(organisation.code) ? OFFICE_ROLES : PARTNER_ROLES;
    }

    public static void requireRolesAllowed(Organisation organisation, List<String> roles) {
        Set<String> known = Set.of(Roles.POLICE, Roles.TASK_FORCE, Roles.PARTNER, Roles.REGISTRY_ADMIN,
                Roles.AUDITOR, Roles.SERVICE);
        Set<String> allowed = allowedRoles(organisation);
        for (int i = 0; i < roles.size(); i++) {
            String field = "roles[" + i + "]";
            if (!known.contains(roles.get(i))) {
                throw new ProblemException(ProblemType.UNKNOWN_VALUE, field + ": must be one of " + known,
                        List.of(new FieldError(field, "must be one of " + known)));
            }
            if (!allowed.contains(roles.get(i))) {
                String message = "an organisation like " + organisation.code + " may only hold " + allowed;
                throw new ProblemException(ProblemType.UNPROCESSABLE, field + ": " + message,
                        List.of(new FieldError(field, message)));
            }
        }
    }
}
