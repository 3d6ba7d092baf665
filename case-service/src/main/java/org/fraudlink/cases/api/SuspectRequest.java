package org.fraudlink.cases.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fraudlink.cases.domain.NewSuspect;
import org.fraudlink.cases.domain.SuspectStatus;

/** {@code POST /api/v1/cases/{id}/suspects}. The ID number is stored only as a keyed hash and its last four. */
public record SuspectRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(min = 1, max = 64) String idNumber,
        @NotNull SuspectStatus status,
        Instant arrestedAt) {

    NewSuspect toNewSuspect() {
        return new NewSuspect(name, idNumber, status, arrestedAt);
    }
}
