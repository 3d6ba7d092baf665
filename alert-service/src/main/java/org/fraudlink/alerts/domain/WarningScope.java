package org.fraudlink.alerts.domain;

import org.fraudlink.alerts.persistence.WarningEntity;
import org.fraudlink.platform.security.Caller;
import org.fraudlink.platform.security.Roles;

/**
 * Who sees a warning: the unit it is assigned to; the task force over its whole jurisdiction; the partner that sent
 * it (without the unit's notes). Anyone else is told it does not exist.
 */
public final class WarningScope {

    private WarningScope() {
    }

    public static boolean sees(Caller caller, WarningEntity warning) {
        if (caller.hasRole(Roles.TASK_FORCE) && caller.covers(warning.victimRegion)) {
            return true;
        }
        if (caller.hasRole(Roles.POLICE) && caller.org() != null && caller.org().equals(warning.assignedOrg)) {
            return true;
        }
        return caller.hasRole(Roles.PARTNER) && caller.org() != null && caller.org().equals(warning.sourceOrg);
    }

    /** Whether the caller may act on the warning (acknowledge it, record its outcome): police only. */
    public static boolean handles(Caller caller, WarningEntity warning) {
        if (caller.hasRole(Roles.TASK_FORCE) && caller.covers(warning.victimRegion)) {
            return true;
        }
        return caller.hasRole(Roles.POLICE) && caller.org() != null && caller.org().equals(warning.assignedOrg);
    }

    /** The partner's view leaves out what the unit wrote and where the warning went. */
    public static boolean seesAsSource(Caller caller, WarningEntity warning) {
        return !handles(caller, warning) && caller.org() != null && caller.org().equals(warning.sourceOrg);
    }
}
