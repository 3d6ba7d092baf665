package org.fraudlink.cases.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fraudlink.cases.domain.CaseStatus;

/**
 * {@code POST /api/v1/cases/{id}/transitions}. {@code at} says when the step really happened (default now);
 * {@code version}, if sent, must be the case's current one.
 */
public record TransitionRequest(
        @NotNull CaseStatus to,
        @NotBlank @Size(max = 1000) String reason,
        Instant at,
        Integer version) {
}
