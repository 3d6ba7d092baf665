package org.fraudlink.cases.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.fraudlink.cases.domain.CaseType;
import org.fraudlink.cases.domain.NewCase;

/** {@code POST /api/v1/cases}: a case to open. */
public record CaseRequest(
        @NotNull CaseType type,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String summary,
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 region code") String region,
        Instant occurredAt,
        @NotNull Instant reportedAt,
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal lossAmount,
        @PositiveOrZero @Max(1_000_000) Integer victimCount,
        @Size(max = 20) List<@NotNull @Pattern(regexp = Tags.PATTERN, message = Tags.MESSAGE) String> tags) {

    NewCase toNewCase() {
        return new NewCase(type, title, summary, region, occurredAt, reportedAt, lossAmount, victimCount, tags, null);
    }
}
