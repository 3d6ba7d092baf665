package org.fraudlink.cases.api;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/cases/{id}/gangs}: a gang dismantled; {@code members} is how many it had. */
public record GangRequest(
        @NotBlank @Size(max = 200) String name,
        @PositiveOrZero @Max(100_000) Integer members,
        @NotNull Instant dismantledAt) {
}
