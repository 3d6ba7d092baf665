package org.fraudlink.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.fraudlink.platform.identifiers.IdentifierKind;

/** {@code POST /api/v1/cases/{id}/identifiers}: {@code role} is the part it played, e.g. RECEIVING_ACCOUNT. */
public record IdentifierRequest(
        @NotNull IdentifierKind kind,
        @NotBlank @Size(max = 300) String value,
        @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}", message = "must be an upper-case word such as RECEIVING_ACCOUNT")
        String role) {
}
