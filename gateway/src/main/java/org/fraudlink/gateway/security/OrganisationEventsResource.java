package org.fraudlink.gateway.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.JsonNode;

import org.fraudlink.gateway.routing.Problems;
import org.fraudlink.platform.problem.ProblemType;

/**
 * The gateway's subscriber endpoint. It takes only {@code OrganisationChanged} and acknowledges every other type.
 * No inbox is needed: an event sets an organisation's state, so applying it twice is the same as once, and the
 * relay keeps the order per organisation.
 */
@Path("/internal/events")
public class OrganisationEventsResource {

    @Inject
    SuspendedOrganisations suspended;

    @Inject
    Problems problems;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("service")
    @Operation(hidden = true)
    public Response receive(JsonNode envelope) {
        if (envelope == null || !envelope.path("type").isTextual()) {
            return problems.response(ProblemType.VALIDATION, "type: must be given", "/internal/events", null);
        }
        if ("OrganisationChanged".equals(envelope.get("type").asText())) {
            JsonNode payload = envelope.path("payload");
            String code = payload.path("code").asText("");
            String status = payload.path("status").asText("");
            if (code.isBlank() || status.isBlank()) {
                return problems.response(ProblemType.VALIDATION, "payload.code and payload.status: must be given",
                        "/internal/events", null);
            }
            suspended.apply(code, "SUSPENDED".equals(status));
        }
        return Response.noContent().build();
    }
}
