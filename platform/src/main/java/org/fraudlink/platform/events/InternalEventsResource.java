package org.fraudlink.platform.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.fraudlink.platform.security.Roles;

/** The inbox endpoint every service offers to the relays of the others; only the {@code service} role. */
@Path("/internal/events")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InternalEventsResource {

    @Inject
    Inbox inbox;

    @POST
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "Deliver one event (service-to-service only)", hidden = true)
    public Acknowledgement deliver(@NotNull @Valid EventEnvelope event) {
        return new Acknowledgement(event.id().toString(), inbox.accept(event));
    }

    /** {@code applied} is false for an event that had been applied before. */
    public record Acknowledgement(String eventId, boolean applied) {
    }
}
