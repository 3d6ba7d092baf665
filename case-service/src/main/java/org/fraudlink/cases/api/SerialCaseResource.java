package org.fraudlink.cases.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.fraudlink.cases.domain.SerialCases;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.security.CurrentCaller;
import org.fraudlink.platform.security.Roles;

/** Serial cases: the cases sharing an identifier with one case, across all jurisdictions (details only in scope). */
@Path("/api/v1/cases/{id}/related")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.POLICE, Roles.TASK_FORCE})
@Tag(name = "Serial cases")
public class SerialCaseResource {

    @Inject
    SerialCases serialCases;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Cases sharing an identifier with this one (which must be in your jurisdiction)")
    public Page<SerialCaseView> related(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return serialCases.related(caller.get(), id, paging).map(SerialCaseView::of);
    }
}
