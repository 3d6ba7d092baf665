package org.fraudlink.alerts.support;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.fraudlink.platform.testing.MutableClock;

/**
 * The clock of alert-service in tests: starts at the real time and only ever moves forward, so tests cross legal
 * deadlines and SLA windows without waiting. Times a test sends are taken from it.
 */
@Singleton
public class TestClock {

    public static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }

    public static Instant now() {
        return CLOCK.instant();
    }
}
