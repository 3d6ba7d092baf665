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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.fraudlink.cases.domain.CaseService;
import org.fraudlink.platform.idempotency.Idempotent;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.security.CurrentCaller;
import org.fraudlink.platform.security.Roles;

/** The identifiers (accounts, phones, domains, IM ids) of a case. */
@Path("/api/v1/cases/{id}/identifiers")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.POLICE, Roles.TASK_FORCE})
@Tag(name = "Cases")
public class CaseIdentifierResource {

    @Inject
    CaseService cases;

    @Inject
    CurrentCaller caller;

    @POST
    @Idempotent
    @Transactional
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IdentifierView.class)))
    @Operation(summary = "Add an identifier (stored normalised; published as IdentifierConfirmed once FILED)")
    public Response add(UUID id, @NotNull @Valid IdentifierRequest request) {
        IdentifierView view = IdentifierView.of(cases.addIdentifier(caller.get(), id, request.kind(),
                request.value(), request.role()));
        return Response.created(URI.create("/api/v1/cases/" + id + "/identifiers/" + view.id())).entity(view)
                .build();
    }

    @GET
    @Operation(summary = "The identifiers of a case")
    public Page<IdentifierView> list(UUID id, @Valid @BeanParam PageRequest paging) {
        return Pages.of(cases.identifiers(caller.get(), id), paging).map(IdentifierView::of);
    }
}
