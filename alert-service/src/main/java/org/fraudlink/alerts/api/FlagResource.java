package org.fraudlink.alerts.api;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.fraudlink.alerts.domain.Flags;
import org.fraudlink.platform.identifiers.IdentifierKind;
import org.fraudlink.platform.identifiers.Identifiers;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.security.Roles;
import org.fraudlink.platform.web.QueryParams;

/** Is an identifier flagged? Yes or no, since when — never which case (partners must not see case detail). */
@Path("/api/v1/flags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Flags")
public class FlagResource {

    /** The answer: whether it is flagged and since when. */
    public record FlagAnswer(String kind, String value, boolean flagged, Instant since) {
    }

    @Inject
    Flags flags;

    @Inject
    ActiveCaller caller;

    @GET
    @Path("{kind}/{value}")
    @RolesAllowed({Roles.PARTNER, Roles.POLICE, Roles.TASK_FORCE})
    @Operation(summary = "Whether the identifier (any written form) was confirmed in a filed case")
    public FlagAnswer check(String kind, String value) {
        caller.get();
        IdentifierKind identifierKind = QueryParams.enumValue("kind", kind, IdentifierKind.class);
        String normalised;
        try {
            normalised = Identifiers.normalise(identifierKind, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("value", e.getMessage());
        }
        return flags.find(identifierKind.name(), normalised)
                .map(flag -> new FlagAnswer(flag.kind, flag.value, true, flag.since))
                .orElseGet(() -> new FlagAnswer(identifierKind.name(), normalised, false, null));
    }
}
