package org.fraudlink.cases.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/cases/{id}/dens}: a den destroyed, where and when. */
public record DenRequest(
        @NotBlank @Size(max = 500) String location,
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 region code") String region,
        @NotNull Instant destroyedAt) {
}
