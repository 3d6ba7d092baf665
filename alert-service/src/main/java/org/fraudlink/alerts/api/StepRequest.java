package org.fraudlink.alerts.api;

import java.time.Instant;

/** {@code POST …/acknowledge}: when it happened, for records entered after the fact (default now). */
public record StepRequest(Instant at) {
}
