package org.fraudlink.registry.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.security.CurrentCaller;
import org.fraudlink.platform.security.Roles;
import org.fraudlink.registry.domain.CardSanctions;
import org.fraudlink.registry.domain.SanctionStatus;
import org.fraudlink.registry.persistence.CardSanction;
import org.fraudlink.registry.persistence.SanctionAppeal;
import org.fraudlink.registry.persistence.SanctionRepository;
import org.fraudlink.platform.web.QueryParams;

/** The two-card sanction list. */
@Path("/api/v1/registry/card-sanctions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Card sanctions")
public class CardSanctionResource {

    @Inject
    CardSanctions sanctions;

    @Inject
    SanctionRepository repository;

    @Inject
    CurrentCaller caller;

    @POST
    @Idempotent
    @RolesAllowed({Roles.POLICE, Roles.TASK_FORCE})
    @Operation(summary = "Sanction a person (police units of city level or above); ID number stored only hashed")
    public Response create(@NotNull @Valid SanctionRequests.Create request) {
        CardSanction created = sanctions.create(caller.get(), request.toDraft());
        return Response.created(URI.create("/api/v1/registry/card-sanctions/" + created.id))
                .entity(SanctionView.of(created, List.of())).build();
    }

    @GET
    @RolesAllowed({Roles.POLICE, Roles.TASK_FORCE})
    @Operation(summary = "Sanctions issued inside the caller's jurisdiction, newest first")
    public Page<SanctionView> list(@QueryParam("status") String status, @Valid @BeanParam PageRequest paging) {
        return sanctions.list(caller.get(), QueryParams.enumValue("status", status, SanctionStatus.class), paging)
                .map(s -> SanctionView.of(s, repository.appeals(s.id)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.POLICE, Roles.TASK_FORCE})
    public SanctionView get(UUID id) {
        CardSanction sanction = sanctions.get(caller.get(), id);
        return SanctionView.of(sanction, repository.appeals(id));
    }

    @POST
    @Path("{id}/lift")
    @RolesAllowed({Roles.POLICE, Roles.TASK_FORCE})
    @Operation(summary = "Lift a sanction (police units of city level or above covering the issuing unit)")
    public SanctionView lift(UUID id, @NotNull @Valid SanctionRequests.Lift request) {
        CardSanction sanction = sanctions.lift(caller.get(), id, request.reason());
        return SanctionView.of(sanction, repository.appeals(id));
    }

    @POST
    @Path("check")
    @RolesAllowed({Roles.PARTNER, Roles.POLICE, Roles.TASK_FORCE})
    @Operation(summary = "Is this person sanctioned? Answers {sanctioned, until}; every check is audited")
    public CardSanctions.CheckResult check(@NotNull @Valid SanctionRequests.Check request) {
        return sanctions.check(request.idNumber());
    }

    @POST
    @Path("{id}/appeals")
    @RolesAllowed({Roles.POLICE, Roles.TASK_FORCE})
    @Operation(summary = "Record an appeal against a sanction (the issuing unit)")
    public Response appeal(UUID id, @NotNull @Valid SanctionRequests.Appeal request) {
        SanctionAppeal appeal = sanctions.fileAppeal(caller.get(), id, request.grounds());
        return Response.created(URI.create("/api/v1/registry/card-sanctions/" + id + "/appeals/" + appeal.id))
                .entity(SanctionView.AppealView.of(appeal)).build();
    }

    @POST
    @Path("{id}/appeals/{appealId}/decision")
    @RolesAllowed({Roles.POLICE, Roles.TASK_FORCE})
    @Operation(summary = "Decide an appeal (the issuing unit); GRANTED lifts the sanction")
    public SanctionView decide(UUID id, UUID appealId, @NotNull @Valid SanctionRequests.Decision request) {
        sanctions.decideAppeal(caller.get(), id, appealId, request.outcome(), request.note());
        return SanctionView.of(sanctions.get(caller.get(), id), repository.appeals(id));
    }
}
