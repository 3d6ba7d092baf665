package org.fraudlink.cases.events;

import java.time.Instant;
import java.util.UUID;

import org.fraudlink.platform.identifiers.IdentifierKind;

/** The payload of {@code IdentifierConfirmed} (docs/events.md): an identifier of a case that is FILED or later. */
public record IdentifierConfirmed(UUID caseId, String caseNumber, String owningOrg, String region,
        IdentifierKind kind, String value, String role, Instant confirmedAt) {

    public static final String TYPE = "IdentifierConfirmed";
}
