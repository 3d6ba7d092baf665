package org.fraudlink.cases.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.fraudlink.cases.domain.Enforcement;
import org.fraudlink.platform.idempotency.Idempotent;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.security.CurrentCaller;
import org.fraudlink.platform.security.Roles;

/** Suspects, gangs and dens of a case. */
@Path("/api/v1/cases/{id}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.POLICE, Roles.TASK_FORCE})
@Tag(name = "Cases")
public class EnforcementResource {

    @Inject
    Enforcement enforcement;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("suspects")
    @Idempotent
    @Transactional
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SuspectView.class)))
    @Operation(summary = "Record a suspect (WANTED, ARRESTED with arrestedAt, RELEASED)")
    public Response addSuspect(@PathParam("id") UUID id, @NotNull @Valid SuspectRequest request) {
        SuspectView view = SuspectView.of(enforcement.addSuspect(caller.get(), id, request.toNewSuspect()));
        return Response.created(URI.create("/api/v1/cases/" + id + "/suspects/" + view.id())).entity(view).build();
    }

    @PATCH
    @Path("suspects/{suspectId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Transactional
    @Operation(summary = "Change a suspect's status; send the version you read")
    public SuspectView changeSuspect(@PathParam("id") UUID id, @PathParam("suspectId") UUID suspectId,
            @NotNull @Valid SuspectPatch patch) {
        return SuspectView.of(enforcement.changeSuspect(caller.get(), id, suspectId, patch.version(),
                patch.status(), patch.arrestedAt()));
    }

    @GET
    @Path("suspects")
    @Operation(summary = "The suspects of a case")
    public Page<SuspectView> suspects(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return Pages.of(enforcement.suspects(caller.get(), id), paging).map(SuspectView::of);
    }

    @POST
    @Path("gangs")
    @Idempotent
    @Transactional
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GangView.class)))
    @Operation(summary = "Record a gang dismantled in this case")
    public Response addGang(@PathParam("id") UUID id, @NotNull @Valid GangRequest request) {
        GangView view = GangView.of(enforcement.addGang(caller.get(), id, request.name(), request.members(),
                request.dismantledAt()));
        return Response.created(URI.create("/api/v1/cases/" + id + "/gangs/" + view.id())).entity(view).build();
    }

    @GET
    @Path("gangs")
    @Operation(summary = "The gangs dismantled in a case")
    public Page<GangView> gangs(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return Pages.of(enforcement.gangs(caller.get(), id), paging).map(GangView::of);
    }

    @POST
    @Path("dens")
    @Idempotent
    @Transactional
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DenView.class)))
    @Operation(summary = "Record a den destroyed in this case (its region within your jurisdiction)")
    public Response addDen(@PathParam("id") UUID id, @NotNull @Valid DenRequest request) {
        DenView view = DenView.of(enforcement.addDen(caller.get(), id, request.location(), request.region(),
                request.destroyedAt()));
        return Response.created(URI.create("/api/v1/cases/" + id + "/dens/" + view.id())).entity(view).build();
    }

    @GET
    @Path("dens")
    @Operation(summary = "The dens destroyed in a case")
    public Page<DenView> dens(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return Pages.of(enforcement.dens(caller.get(), id), paging).map(DenView::of);
    }
}
