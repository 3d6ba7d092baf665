package org.fraudlink.registry.api;


import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.registry.domain.Directory;
import org.fraudlink.registry.domain.OrganisationRules;

/** Which police unit answers for a region, and the chain above it; served from memory. */
@Path("/api/v1/registry/jurisdictions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jurisdictions")
public class JurisdictionResource {

    @Inject
    Directory directory;

    @GET
    @Path("{region}")
    @Authenticated
    @Operation(summary = "The most specific ACTIVE police unit covering the region, and its chain upward")
    public JurisdictionView get(String region) {
        OrganisationRules.requireRegion("region", region);
        return directory.jurisdiction(region).map(JurisdictionView::of)
                .orElseThrow(() -> ProblemException.notFound("A police unit for region " + region));
    }
}
