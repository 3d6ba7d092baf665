package org.fraudlink.cases.api;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.fraudlink.cases.domain.SuspectStatus;

/** {@code PATCH /api/v1/cases/{id}/suspects/{suspectId}}: a new status (e.g. ARRESTED) and the version read. */
public record SuspectPatch(@NotNull Integer version, @NotNull SuspectStatus status, Instant arrestedAt) {
}
