package org.fraudlink.alerts.api;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.fraudlink.alerts.domain.Grade;
import org.fraudlink.alerts.domain.NewWarning;
import org.fraudlink.alerts.domain.SourceKind;
import org.fraudlink.platform.identifiers.IdentifierKind;

/** {@code POST /api/v1/warnings} (and each item of a batch): a lead about a likely victim. */
public record WarningRequest(
        @NotBlank @Size(max = 128) String externalId,
        @NotNull SourceKind sourceKind,
        @NotNull @Valid Victim victim,
        @Size(max = 50) List<@NotNull @Valid Indicator> indicators,
        @NotNull Instant observedAt,
        Grade riskHint) {

    /** The person the lead is about. */
    public record Victim(
            @NotBlank @Size(max = 32) String phone,
            @Size(max = 100) String name,
            @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 region code") String region) {
    }

    /** An identifier the partner saw (account, phone, domain, IM id). */
    public record Indicator(@NotNull IdentifierKind kind, @NotBlank @Size(max = 256) String value) {
    }

    NewWarning toNewWarning() {
        return new NewWarning(externalId.strip(), sourceKind, victim.phone(), victim.name(), victim.region(),
                indicators == null ? List.of() : indicators.stream()
                        .map(i -> new NewWarning.Indicator(i.kind().name(), i.value())).toList(),
                observedAt, riskHint);
    }
}
