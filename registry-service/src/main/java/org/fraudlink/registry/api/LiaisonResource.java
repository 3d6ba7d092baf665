package org.fraudlink.registry.api;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.fraudlink.platform.idempotency.Idempotent;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.security.CurrentCaller;
import org.fraudlink.platform.security.Roles;
import org.fraudlink.registry.api.TaskForceRequests.LiaisonView;
import org.fraudlink.registry.domain.Liaisons;
import org.fraudlink.registry.persistence.Liaison;

/** Round-the-clock liaisons of an organisation and who of them is on duty. */
@Path("/api/v1/registry/orgs/{code}/liaisons")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Liaisons")
public class LiaisonResource {

    /** Who is on duty. */
    public record OnDutyView(String org, Instant at, List<LiaisonView> primary, List<LiaisonView> backup) {
    }

    @Inject
    Liaisons liaisons;

    @Inject
    CurrentCaller caller;

    @POST
    @Idempotent
    @RolesAllowed({Roles.REGISTRY_ADMIN, Roles.POLICE, Roles.TASK_FORCE, Roles.PARTNER})
    @Operation(summary = "Register a liaison (the organisation itself or the registry admin)")
    public Response add(String code, @NotNull @Valid TaskForceRequests.NewLiaisonRequest request) {
        Liaison liaison = liaisons.add(caller.get(), code, request.toDraft());
        return Response.created(URI.create("/api/v1/registry/orgs/" + code + "/liaisons/" + liaison.id))
                .entity(LiaisonView.of(liaison)).build();
    }

    @GET
    @RolesAllowed({Roles.REGISTRY_ADMIN, Roles.POLICE, Roles.TASK_FORCE, Roles.PARTNER})
    public List<LiaisonView> list(String code) {
        return liaisons.list(caller.get(), code).stream().map(LiaisonView::of).toList();
    }

    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.REGISTRY_ADMIN, Roles.POLICE, Roles.TASK_FORCE, Roles.PARTNER})
    public Response remove(String code, UUID id) {
        liaisons.remove(caller.get(), code, id);
        return Response.noContent().build();
    }

    @GET
    @Path("on-duty")
    @RolesAllowed({Roles.REGISTRY_ADMIN, Roles.POLICE, Roles.TASK_FORCE, Roles.PARTNER})
    @Operation(summary = "Who is on duty at ?at= (an ISO-8601 instant; default now)")
    public OnDutyView onDuty(String code, @QueryParam("at") String at) {
        Liaisons.OnDuty duty = liaisons.onDuty(caller.get(), code, instant(at));
        return new OnDutyView(duty.org(), duty.at(), duty.primary().stream().map(LiaisonView::of).toList(),
                duty.backup().stream().map(LiaisonView::of).toList());
    }

    private static Instant instant(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("at", "must be an ISO-8601 instant, e.g. 2026-03-01T08:00:00Z");
        }
    }
}
