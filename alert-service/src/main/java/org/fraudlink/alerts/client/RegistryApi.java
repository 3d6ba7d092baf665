package org.fraudlink.alerts.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * registry-service as alert-service asks it (docs/service-apis.md), with a {@code service} token. URL and timeouts:
 * {@code quarkus.rest-client.registry.*} (QUARKUS_REST_CLIENT_REGISTRY_URL).
 */
@RegisterRestClient(configKey = "registry")
@Path("/api/v1/registry")
@Produces(MediaType.APPLICATION_JSON)
public interface RegistryApi {

    @GET
    @Path("jurisdictions/{region}")
    Jurisdiction jurisdiction(@PathParam("region") String region, @HeaderParam("Authorization") String authorization);

    @GET
    @Path("orgs/{code}")
    Organisation organisation(@PathParam("code") String code, @HeaderParam("Authorization") String authorization);

    /** The responsible police unit for a region and the chain above it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Jurisdiction(String region, Organisation unit, List<Organisation> chain) {
    }

    /** A directory entry. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Organisation(String code, String name, String type, String region, String status, String parentCode) {
    }
}
