package org.fraudlink.cases.api;

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
import org.fraudlink.platform.identifiers.IdentifierKind;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.security.CurrentCaller;
import org.fraudlink.platform.security.Roles;
import org.fraudlink.platform.web.QueryParams;

/** Serial cases: every case holding an identifier, across all jurisdictions (details only in scope). */
@Path("/api/v1/identifiers/{kind}/{value}/cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.POLICE, Roles.TASK_FORCE})
@Tag(name = "Serial cases")
public class IdentifierLookupResource {

    @Inject
    SerialCases serialCases;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Cases holding an identifier, written in any form (it is normalised first)")
    public Page<SerialCaseView> holding(@PathParam("kind") String kind, @PathParam("value") String value,
            @Valid @BeanParam PageRequest paging) {
        return serialCases.holding(caller.get(), QueryParams.enumValue("kind", kind, IdentifierKind.class), value,
                paging).map(SerialCaseView::of);
    }
}
