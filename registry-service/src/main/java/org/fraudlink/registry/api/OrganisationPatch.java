package org.fraudlink.registry.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.fraudlink.registry.domain.Contact;
import org.fraudlink.registry.domain.OrgStatus;

/** The fields {@code PATCH /api/v1/registry/orgs/{code}} may carry (JSON merge patch); code and type never change. */
public record OrganisationPatch(
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 200) String name,
        @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 code") String region,
        @Pattern(regexp = OrganisationRequest.CODE, message = OrganisationRequest.CODE_MESSAGE) String parentCode,
        @Valid Contact contact,
        OrgStatus status,
        Integer version) {
}
