package org.fraudlink.registry.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.fraudlink.platform.security.CurrentCaller;
import org.fraudlink.platform.security.Roles;
import org.fraudlink.registry.domain.Liaisons;

/** The partners whose round-the-clock liaison cover has holes. */
@Path("/api/v1/registry/liaisons/gaps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Liaisons")
public class LiaisonGapsResource {

    /** The report. */
    public record GapsView(List<Liaisons.Gap> items) {
    }

    @Inject
    Liaisons liaisons;

    @Inject
    CurrentCaller caller;

    @GET
    @RolesAllowed({Roles.REGISTRY_ADMIN, Roles.TASK_FORCE})
    @Operation(summary = "Partner organisations lacking a primary or a backup liaison at some hour (local time)")
    public GapsView gaps() {
        return new GapsView(liaisons.gaps(caller.get()));
    }
}
