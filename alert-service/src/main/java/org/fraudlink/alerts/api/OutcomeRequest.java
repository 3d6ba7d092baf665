package org.fraudlink.alerts.api;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fraudlink.alerts.domain.Channel;
import org.fraudlink.alerts.domain.Outcome;

/** {@code POST /api/v1/warnings/{id}/outcome}. */
public record OutcomeRequest(@NotNull Outcome result, @NotNull Channel channel, @Size(max = 4000) String notes,
        Instant at) {
}
