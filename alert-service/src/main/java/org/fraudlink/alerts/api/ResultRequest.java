package org.fraudlink.alerts.api;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fraudlink.alerts.domain.InterventionResult;

/** {@code POST /api/v1/interventions/{id}/result}: the partner's answer. */
public record ResultRequest(@NotNull InterventionResult result,
        @Digits(integer = 15, fraction = 2) BigDecimal amountSecured,
        @Size(max = 1000) String reason,
        Instant at) {
}
