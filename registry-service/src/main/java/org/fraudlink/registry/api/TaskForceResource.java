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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.fraudlink.platform.idempotency.Idempotent;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.security.CurrentCaller;
import org.fraudlink.platform.security.Roles;
import org.fraudlink.registry.api.TaskForceRequests.MemberView;
import org.fraudlink.registry.api.TaskForceRequests.TaskForceView;
import org.fraudlink.registry.domain.TaskForces;
import org.fraudlink.registry.persistence.TaskForce;
import org.fraudlink.registry.persistence.TaskForceMember;

/** Task forces and their members: kept by the registry admin. */
@Path("/api/v1/registry/task-forces")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Task forces")
public class TaskForceResource {

    @Inject
    TaskForces taskForces;

    @Inject
    CurrentCaller caller;

    @POST
    @Idempotent
    @RolesAllowed(Roles.REGISTRY_ADMIN)
    @Operation(summary = "Create a task force led by a police unit")
    public Response create(@NotNull @Valid TaskForceRequests.Create request) {
        TaskForce created = taskForces.create(request.name(), request.leadOrg(), request.startDate(),
                request.endDate());
        return Response.created(URI.create("/api/v1/registry/task-forces/" + created.id))
                .entity(TaskForceView.of(created)).build();
    }

    @GET
    @RolesAllowed({Roles.REGISTRY_ADMIN, Roles.TASK_FORCE, Roles.POLICE, Roles.PARTNER})
    @Operation(summary = "Task forces the caller may see")
    public Page<TaskForceView> list(@Valid @BeanParam PageRequest paging) {
        return taskForces.list(caller.get(), paging).map(TaskForceView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REGISTRY_ADMIN, Roles.TASK_FORCE, Roles.POLICE, Roles.PARTNER})
    public TaskForceView get(UUID id) {
        return TaskForceView.of(taskForces.get(caller.get(), id));
    }

    @POST
    @Path("{id}/members")
    @Idempotent
    @RolesAllowed(Roles.REGISTRY_ADMIN)
    @Operation(summary = "Add a member (organisation, person, role)")
    public Response addMember(UUID id, @NotNull @Valid TaskForceRequests.Member request) {
        TaskForceMember member = taskForces.addMember(caller.get(), id, request.org(), request.person(),
                request.role());
        return Response.created(URI.create("/api/v1/registry/task-forces/" + id + "/members/" + member.id))
                .entity(MemberView.of(member)).build();
    }

    @GET
    @Path("{id}/members")
    @RolesAllowed({Roles.REGISTRY_ADMIN, Roles.TASK_FORCE, Roles.POLICE, Roles.PARTNER})
    public List<MemberView> members(UUID id) {
        return taskForces.members(caller.get(), id).stream().map(MemberView::of).toList();
    }
}
