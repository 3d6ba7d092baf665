package org.fraudlink.alerts.api;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.fraudlink.alerts.domain.InterventionService;
import org.fraudlink.alerts.domain.InterventionStatus;
import org.fraudlink.alerts.persistence.InterventionEntity;
import org.fraudlink.platform.idempotency.Idempotent;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.security.Roles;
import org.fraudlink.platform.web.QueryParams;

/** Orders to partners: police issue them, the addressed partner acknowledges and answers them. */
@Path("/api/v1/interventions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interventions")
public class InterventionResource {

    @Inject
    InterventionService orders;

    @Inject
    ActiveCaller caller;

    @POST
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.POLICE, Roles.TASK_FORCE})
    @Operation(summary = "Issue an order to an ACTIVE partner of a fitting type; a third stop-payment on one account"
            + " is 409")
    public Response issue(@NotNull @Valid InterventionRequest request) {
        InterventionEntity order = orders.issue(caller.get(), request.toNewIntervention());
        return Response.created(URI.create("/api/v1/interventions/" + order.id)).entity(view(order)).build();
    }

    @GET
    @RolesAllowed({Roles.POLICE, Roles.TASK_FORCE, Roles.PARTNER})
    @Operation(summary = "Orders addressed to your organisation (partner), issued by your unit (police) or in your"
            + " jurisdiction (task force), unanswered and nearest deadline first")
    public Page<InterventionView> list(@QueryParam("status") String status, @Valid @BeanParam PageRequest paging) {
        return orders.list(caller.get(), QueryParams.enumValue("status", status, InterventionStatus.class), paging)
                .map(this::view);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.POLICE, Roles.TASK_FORCE, Roles.PARTNER})
    @Operation(summary = "One order (404 when it is not yours to see)")
    public InterventionView get(UUID id) {
        return view(orders.get(caller.get(), id));
    }

    @POST
    @Path("{id}/acknowledge")
    @Transactional
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "The addressed partner has received the order (409 unless PENDING)")
    public InterventionView acknowledge(UUID id, @Valid StepRequest request) {
        return view(orders.acknowledge(caller.get(), id, request == null ? null : request.at()));
    }

    @POST
    @Path("{id}/result")
    @Transactional
    @RolesAllowed(Roles.PARTNER)
    @Operation(summary = "The addressed partner's answer: EXECUTED (with the amount secured, at most the amount"
            + " requested), REJECTED (with a reason) or NOT_FOUND; case-service records it")
    public InterventionView answer(UUID id, @NotNull @Valid ResultRequest request) {
        return view(orders.answer(caller.get(), id, request.result(), request.amountSecured(), request.reason(),
                request.at()));
    }

    @POST
    @Path("{id}/renew")
    @Transactional
    @RolesAllowed({Roles.POLICE, Roles.TASK_FORCE})
    @Operation(summary = "Renew a freeze that still holds for another six months")
    public InterventionView renew(UUID id) {
        return view(orders.renew(caller.get(), id));
    }

    private InterventionView view(InterventionEntity order) {
        return InterventionView.of(order, orders.hold(order));
    }
}
