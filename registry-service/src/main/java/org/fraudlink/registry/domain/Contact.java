package org.fraudlink.registry.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** How to reach an organisation's office; shown only to police, the task force, the admin and the organisation. */
public record Contact(
        @Size(max = 200) String name,
        @Size(max = 50) String phone,
        @Email @Size(max = 200) String email) {
}
