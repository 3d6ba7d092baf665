package org.fraudlink.registry.api;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.fraudlink.platform.security.Roles;
import org.fraudlink.registry.domain.OrgStatus;
import org.fraudlink.registry.persistence.OrganisationRepository;
import org.fraudlink.platform.web.QueryParams;

/** For the gateway: which organisations are suspended, so it refuses their tokens (docs/service-apis.md). */
@Path("/internal/registry/orgs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SERVICE)
@Tag(name = "Internal")
public class InternalOrganisationResource {

    /** The answer: every organisation with the asked status (all of them without one). */
    public record StatusList(List<Entry> items) {
    }

    /** One organisation's status. */
    public record Entry(String code, OrgStatus status, Instant changedAt) {
    }

    @Inject
    OrganisationRepository repository;

    @GET
    @Operation(summary = "Organisations by status, e.g. ?status=SUSPENDED")
    public StatusList list(@QueryParam("status") String status) {
        OrgStatus wanted = QueryParams.enumValue("status", status, OrgStatus.class);
        return new StatusList(repository.withStatus(wanted).stream()
                .map(o -> new Entry(o.code, o.status, o.changedAt)).toList());
    }
}
