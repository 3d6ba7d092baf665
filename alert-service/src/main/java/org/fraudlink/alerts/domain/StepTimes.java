package org.fraudlink.alerts.domain;

import java.time.Clock;
import java.time.Instant;

import org.fraudlink.platform.problem.ProblemException;

/**
 * When a step of a warning or an order happened ({@code at}, for records entered after the fact): now by default,
 * never in the future, never before the step before it.
 */
final class StepTimes {

    private StepTimes() {
    }

    static Instant at(Instant at, Instant previous, Clock clock) {
        Instant now = clock.instant();
        if (at == null) {
            return now;
        }
        if (at.isAfter(now)) {
            throw ProblemException.invalid("at", "must not be in the future");
        }
        if (previous != null && at.isBefore(previous)) {
            throw ProblemException.invalid("at", "must not be before the previous step (" + previous + ")");
        }
        return at;
    }
}
