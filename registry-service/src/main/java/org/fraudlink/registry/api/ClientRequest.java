package org.fraudlink.registry.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/registry/orgs/{code}/clients}. */
public record ClientRequest(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 5) List<@NotNull String> roles) {
}
