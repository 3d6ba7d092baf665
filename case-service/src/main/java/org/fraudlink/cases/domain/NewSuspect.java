package org.fraudlink.cases.domain;

import java.time.Instant;

/** A suspect to record on a case. */
public record NewSuspect(String name, String idNumber, SuspectStatus status, Instant arrestedAt) {
}
