package org.fraudlink.registry.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.fraudlink.registry.domain.Contact;
import org.fraudlink.registry.domain.NewOrganisation;
import org.fraudlink.registry.domain.OrgType;

/** {@code POST /api/v1/registry/orgs}. */
public record OrganisationRequest(
        @NotNull @Pattern(regexp = OrganisationRequest.CODE, message = OrganisationRequest.CODE_MESSAGE) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull OrgType type,
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 code") String region,
        @Pattern(regexp = OrganisationRequest.CODE, message = OrganisationRequest.CODE_MESSAGE) String parentCode,
        @Valid Contact contact) {

    static final String CODE = "[A-Z0-9][A-Z0-9-]{1,39}";
    static final String CODE_MESSAGE = "must be 2 to 40 upper-case letters, digits and dashes";

    NewOrganisation toDraft() {
        return new NewOrganisation(code, name.strip(), type, region, parentCode, contact);
    }
}
