package org.fraudlink.cases.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.fraudlink.cases.domain.CaseChanges;
import org.fraudlink.cases.domain.CaseType;

/**
 * {@code PATCH /api/v1/cases/{id}}: the fields to change (absent: unchanged) and the {@code version} the caller
 * read. Region, owning unit, number and status are not changed this way.
 */
public record CasePatch(
        @NotNull Integer version,
        CaseType type,
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
        @Size(max = 4000) String summary,
        Instant occurredAt,
        @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal lossAmount,
        @PositiveOrZero @Max(1_000_000) Integer victimCount,
        @Size(max = 20) List<@NotNull @Pattern(regexp = Tags.PATTERN, message = Tags.MESSAGE) String> tags) {

    CaseChanges toChanges() {
        return new CaseChanges(version, type, title, summary, occurredAt, lossAmount, victimCount, tags);
    }
}
