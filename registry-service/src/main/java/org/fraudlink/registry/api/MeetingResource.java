package org.fraudlink.registry.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.fraudlink.platform.idempotency.Idempotent;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.security.CurrentCaller;
import org.fraudlink.platform.security.Roles;
import org.fraudlink.registry.api.MeetingViews.ActionView;
import org.fraudlink.registry.api.MeetingViews.MeetingView;
import org.fraudlink.registry.domain.Meetings;
import org.fraudlink.registry.persistence.ActionItem;
import org.fraudlink.registry.persistence.Meeting;

/** Joint meetings and their action items. */
@Path("/api/v1/registry")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Joint meetings")
public class MeetingResource {

    @Inject
    Meetings meetings;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @POST
    @Path("meetings")
    @Idempotent
    @RolesAllowed({Roles.REGISTRY_ADMIN, Roles.TASK_FORCE})
    @Operation(summary = "Record a joint meeting")
    public Response create(@NotNull @Valid MeetingRequests.Create request) {
        Meeting meeting = meetings.create(caller.get(), request.toDraft());
        return Response.created(URI.create("/api/v1/registry/meetings/" + meeting.id))
                .entity(MeetingView.of(meeting)).build();
    }

    @GET
    @Path("meetings")
    @RolesAllowed({Roles.REGISTRY_ADMIN, Roles.TASK_FORCE, Roles.POLICE, Roles.PARTNER})
    @Operation(summary = "Meetings the caller may read, newest first")
    public Page<MeetingView> list(@Valid @BeanParam PageRequest paging) {
        return meetings.list(caller.get(), paging).map(MeetingView::of);
    }

    @GET
    @Path("meetings/{id}")
    @RolesAllowed({Roles.REGISTRY_ADMIN, Roles.TASK_FORCE, Roles.POLICE, Roles.PARTNER})
    public MeetingView get(UUID id) {
        return MeetingView.of(meetings.get(caller.get(), id));
    }

    @POST
    @Path("meetings/{id}/actions")
    @Idempotent
    @RolesAllowed({Roles.REGISTRY_ADMIN, Roles.TASK_FORCE})
    @Operation(summary = "Add an action item of a resolution")
    public Response addAction(UUID id, @NotNull @Valid MeetingRequests.Action request) {
        ActionItem item = meetings.addAction(caller.get(), id, request.resolution(), request.ownerOrg(),
                request.dueDate());
        return Response.created(URI.create("/api/v1/registry/meetings/" + id + "/actions/" + item.id))
                .entity(ActionView.of(item, today())).build();
    }

    @GET
    @Path("meetings/{id}/actions")
    @RolesAllowed({Roles.REGISTRY_ADMIN, Roles.TASK_FORCE, Roles.POLICE, Roles.PARTNER})
    public List<ActionView> actions(UUID id) {
        LocalDate today = today();
        return meetings.actions(caller.get(), id).stream().map(a -> ActionView.of(a, today)).toList();
    }

    @POST
    @Path("meetings/{id}/actions/{actionId}/done")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.REGISTRY_ADMIN, Roles.TASK_FORCE, Roles.POLICE, Roles.PARTNER})
    @Operation(summary = "Mark an action item done (task force, admin, or the owning organisation)")
    public ActionView done(UUID id, UUID actionId) {
        return ActionView.of(meetings.complete(caller.get(), id, actionId), today());
    }

    @GET
    @Path("action-items/overdue")
    @RolesAllowed({Roles.REGISTRY_ADMIN, Roles.TASK_FORCE, Roles.POLICE, Roles.PARTNER})
    @Operation(summary = "Overdue action items per organisation (own organisation; task force: its jurisdiction)")
    public MeetingViews.Overdue overdue() {
        LocalDate today = today();
        Map<String, List<ActionView>> byOrg = new LinkedHashMap<>();
        for (ActionItem item : meetings.overdue(caller.get())) {
            byOrg.computeIfAbsent(item.ownerOrg, org -> new ArrayList<>()).add(ActionView.of(item, today));
        }
        return new MeetingViews.Overdue(byOrg.entrySet().stream()
                .map(e -> new MeetingViews.OverdueForOrg(e.getKey(), e.getValue().size(), e.getValue())).toList());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
