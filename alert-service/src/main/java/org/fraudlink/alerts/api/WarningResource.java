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

import org.fraudlink.alerts.domain.WarningScope;
import org.fraudlink.alerts.domain.WarningService;
import org.fraudlink.alerts.domain.WarningStatus;
import org.fraudlink.alerts.persistence.WarningEntity;
import org.fraudlink.platform.idempotency.Idempotent;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.security.Caller;
import org.fraudlink.platform.security.Roles;
import org.fraudlink.platform.web.QueryParams;

/** Warning leads: partners send them, the responsible unit handles them, the task force oversees them. */
@Path("/api/v1/warnings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Warnings")
public class WarningResource {

    @Inject
    WarningService warnings;

    @Inject
    BatchIntake batch;

    @Inject
    ActiveCaller caller;

    @POST
    @Idempotent
    @Transactional
    @RolesAllowed({Roles.PARTNER, Roles.TASK_FORCE})
    @Operation(summary = "Send a lead: graded, dispatched to the responsible unit (201); the same externalId again"
            + " answers the warning already sent (200)")
    public Response submit(@NotNull @Valid WarningRequest request) {
        Caller current = caller.get();
        WarningService.Intake intake = warnings.submit(current, request.toNewWarning());
        WarningEntity warning = intake.warning();
        Object view = WarningScope.seesAsSource(current, warning)
                ? SourceWarningView.of(warning, intake.created() ? intake.stored() : warnings.indicators(warning))
                : full(warning);
        return intake.created()
                ? Response.created(URI.create("/api/v1/warnings/" + intake.warning().id)).entity(view).build()
                : Response.ok(view).build();
    }

    @POST
    @Path("batch")
    @RolesAllowed({Roles.PARTNER, Roles.TASK_FORCE})
    @Operation(summary = "Send up to 1,000 leads; each gets its own result (201 new, 200 sent before, 400 with its"
            + " problem); one bad item spoils none of the others")
    public BatchIntake.Results submitBatch(@NotNull @Valid BatchRequest request) {
        return batch.submit(caller.get(), request.items());
    }

    @GET
    @RolesAllowed({Roles.POLICE, Roles.TASK_FORCE, Roles.PARTNER})
    @Operation(summary = "Your warnings, most urgent first: assigned to your unit (police), in your jurisdiction"
            + " (task force; overdue=true for those past a deadline), or sent by you (partner)")
    public Page<Object> list(@QueryParam("status") String status, @QueryParam("overdue") boolean overdue,
            @Valid @BeanParam PageRequest paging) {
        Caller current = caller.get();
        return warnings.list(current, QueryParams.enumValue("status", status, WarningStatus.class), overdue, paging)
                .map(w -> view(current, w));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.POLICE, Roles.TASK_FORCE, Roles.PARTNER})
    @Operation(summary = "One warning (404 when it is not yours to see)")
    public Object get(UUID id) {
        Caller current = caller.get();
        return view(current, warnings.get(current, id));
    }

    @POST
    @Path("{id}/acknowledge")
    @Transactional
    @RolesAllowed({Roles.POLICE, Roles.TASK_FORCE})
    @Operation(summary = "The unit has taken the warning on (409 unless DISPATCHED)")
    public WarningView acknowledge(UUID id, @Valid StepRequest request) {
        Caller current = caller.get();
        WarningEntity warning = warnings.acknowledge(current, id, request == null ? null : request.at());
        return full(warning);
    }

    @POST
    @Path("{id}/outcome")
    @Transactional
    @RolesAllowed({Roles.POLICE, Roles.TASK_FORCE})
    @Operation(summary = "What the unit found; ALREADY_DEFRAUDED opens a REPORTED case in case-service")
    public WarningView outcome(UUID id, @NotNull @Valid OutcomeRequest request) {
        Caller current = caller.get();
        return full(warnings.recordOutcome(current, id, request.result(), request.channel(), request.notes(),
                request.at()));
    }

    private Object view(Caller current, WarningEntity warning) {
        return WarningScope.seesAsSource(current, warning)
                ? SourceWarningView.of(warning, warnings.indicators(warning)) : full(warning);
    }

    private WarningView full(WarningEntity warning) {
        return WarningView.of(warning, warnings.indicators(warning), warnings.hops(warning));
    }
}
