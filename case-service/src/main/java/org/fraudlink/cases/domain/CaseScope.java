package org.fraudlink.cases.domain;

import org.fraudlink.cases.persistence.CaseEntity;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.security.Caller;
import org.fraudlink.platform.security.Divisions;
import org.fraudlink.platform.security.Regions;

/**
 * Who sees which case: police and task-force officers see the cases whose region their jurisdiction covers.
 * Anything else answers 404, so a case's existence does not leak across jurisdictions.
 */
public final class CaseScope {

    private CaseScope() {
    }

    public static boolean canSee(Caller caller, CaseEntity fraudCase) {
        return caller.isPolice() && caller.covers(fraudCase.region);
    }

    public static CaseEntity requireVisible(Caller caller, CaseEntity fraudCase, Object id) {
        if (fraudCase == null || !canSee(caller, fraudCase)) {
            throw ProblemException.notFound("Case " + id);
        }
        return fraudCase;
    }

    /**
     * The prefix of the caller's jurisdiction for scoped queries; a token without a well-formed {@code region}
     * claim has no jurisdiction and may see no case.
     */
    public static String jurisdictionPrefix(Caller caller) {
        if (!Regions.isWellFormed(caller.region())) {
            throw ProblemException.forbidden("the token carries no jurisdiction (claim region)");
        }
        return caller.regionPrefix();
    }

    /** A region a caller may put a case (or a den) in: a real GB/T 2260 code inside the caller's jurisdiction. */
    public static void requireRegionInJurisdiction(Caller caller, String field, String region) {
        if (!Divisions.exists(region)) {
            throw ProblemException.invalid(field, "is not a GB/T 2260 region code");
        }
        if (!caller.covers(region)) {
            throw ProblemException.invalid(field, "is outside your jurisdiction " + caller.region());
        }
    }
}
