package org.fraudlink.alerts.api;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fraudlink.alerts.domain.InterventionKind;
import org.fraudlink.alerts.domain.NewIntervention;
import org.fraudlink.platform.identifiers.IdentifierKind;

/** {@code POST /api/v1/interventions}: an order to a partner. */
public record InterventionRequest(
        @NotNull InterventionKind kind,
        @NotBlank @Size(max = 64) String targetOrg,
        @NotBlank @Size(max = 64) String caseNumber,
        @NotNull @Valid Subject subject,
        @Digits(integer = 15, fraction = 2) BigDecimal amount,
        @NotBlank @Size(max = 500) String legalBasis,
        Instant issuedAt) {

    /** The account, phone, domain or platform account the order is about. */
    public record Subject(@NotNull IdentifierKind kind, @NotBlank @Size(max = 256) String value) {
    }

    NewIntervention toNewIntervention() {
        return new NewIntervention(kind, targetOrg, caseNumber, subject.kind().name(), subject.value(), amount,
                legalBasis, issuedAt);
    }
}
