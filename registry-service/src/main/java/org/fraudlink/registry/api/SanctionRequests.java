package org.fraudlink.registry.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fraudlink.registry.domain.AppealOutcome;
import org.fraudlink.registry.domain.NewSanction;

/** The request bodies of {@code /api/v1/registry/card-sanctions}. */
public final class SanctionRequests {

    private SanctionRequests() {
    }

    /** {@code POST /card-sanctions}. */
    public record Create(
            @NotNull String idNumber,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 1000) String reason,
            @NotNull LocalDate startDate,
            LocalDate endDate) {

        NewSanction toDraft() {
            return new NewSanction(idNumber, name, reason, startDate, endDate);
        }
    }

    /** {@code POST /card-sanctions/check}: a POST so the ID number never sits in a URL or an access log. */
    public record Check(@NotNull String idNumber) {
    }

    /** {@code POST /card-sanctions/{id}/lift}. */
    public record Lift(@NotBlank @Size(max = 1000) String reason) {
    }

    /** {@code POST /card-sanctions/{id}/appeals}. */
    public record Appeal(@NotBlank @Size(max = 2000) String grounds) {
    }

    /** {@code POST /card-sanctions/{id}/appeals/{appealId}/decision}. */
    public record Decision(@NotNull AppealOutcome outcome, @Size(max = 2000) String note) {
    }
}
