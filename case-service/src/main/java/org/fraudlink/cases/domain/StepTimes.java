package org.fraudlink.cases.domain;

import java.time.Clock;
import java.time.Instant;

import org.fraudlink.platform.problem.ProblemException;

/**
 * The rule for the time of a step entered after the fact: it defaults to now, must not lie in the future and
 * must not precede the step before it.
 */
public final class StepTimes {

    private StepTimes() {
    }

    public static Instant resolve(String field, Instant given, Instant previous, Clock clock) {
        Instant at = given == null ? clock.instant() : given;
        requireNotFuture(field, at, clock);
        if (previous != null && at.isBefore(previous)) {
            throw ProblemException.invalid(field, "must not be before the previous step (" + previous + ")");
        }
        return at;
    }

    public static void requireNotFuture(String field, Instant at, Clock clock) {
        if (at != null && at.isAfter(clock.instant())) {
            throw ProblemException.invalid(field, "must not be in the future");
        }
    }
}
