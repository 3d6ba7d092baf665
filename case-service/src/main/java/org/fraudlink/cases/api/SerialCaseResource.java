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
import org.fraudlink.platform.identifiers.IdentifierKind;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.security.CurrentCaller;
import org.fraudlink.platform.security.Roles;

/** Serial cases: cases sharing a normalised identifier, across all jurisdictions (details only in scope). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.POLICE, Roles.TASK_FORCE})
@Tag(name = "Serial cases")
public class SerialCaseResource {

    @Inject
    SerialCases serialCases;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("cases/{id}/related")
    @Operation(summary = "Cases sharing an identifier with this one (which must be in your jurisdiction)")
    public Page<SerialCaseView> related(UUID id, @Valid @BeanParam PageRequest paging) {
        return serialCases.related(caller.get(), id, paging).map(SerialCaseView::of);
    }

    @GET
    @Path("identifiers/{kind}/{value}/cases")
    @Operation(summary = "Cases holding an identifier, written in any form (it is normalised first)")
    public Page<SerialCaseView> holding(@PathParam("kind") String kind, @PathParam("value") String value,
            @Valid @BeanParam PageRequest paging) {
        return serialCases.holding(caller.get(), QueryParams.enumValue("kind", kind, IdentifierKind.class), value,
                paging).map(SerialCaseView::of);
    }
}
