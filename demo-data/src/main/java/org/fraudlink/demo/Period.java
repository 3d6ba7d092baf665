package org.fraudlink.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** January to July of a year, UTC: the period of the report. {@code to} is exclusive, as the statistics take it. */
record Period(LocalDate from, LocalDate to) {

    static Period januaryToJuly(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 8, 1));
    }

    Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    Duration length() {
        return Duration.between(start(), to.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** The instant at {@code fraction} (0 ≤ fraction < 1) of the period. */
    Instant at(double fraction) {
        return start().plusSeconds((long) (length().toSeconds() * fraction));
    }
}
