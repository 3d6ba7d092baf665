package org.fraudlink.registry.api;

import java.net.URI;

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

import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.security.Roles;
import org.fraudlink.registry.domain.ApiClients;

/**
 * API clients of an organisation, managed by the registry admin. Creating one is deliberately not
 * {@code @Idempotent}: a stored replay would keep the secret in clear in the idempotency table.
 */
@Path("/api/v1/registry/orgs/{code}/clients")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.REGISTRY_ADMIN)
@Tag(name = "API clients")
public class ClientResource {

    @Inject
    ApiClients clients;

    @POST
    @Operation(summary = "Create a client; the answer carries its secret, shown this once")
    public Response create(String code, @NotNull @Valid ClientRequest request) {
        ApiClients.CreatedClient created = clients.create(code, request.name().strip(), request.roles());
        return Response.created(URI.create("/api/v1/registry/orgs/" + code + "/clients/" + created.client().clientId))
                .entity(new CreatedClientView(created.client().clientId, created.secret(), created.client().orgCode,
                        created.client().name, created.client().roleSet()))
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Operation(summary = "The organisation's clients, without secrets")
    public Page<ClientView> list(String code, @Valid @BeanParam PageRequest paging) {
        return clients.list(code, paging).map(ClientView::of);
    }

    @POST
    @Path("{clientId}/disable")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Disable a client for good: it gets no more tokens")
    public ClientView disable(String code, String clientId) {
        return ClientView.of(clients.disable(code, clientId));
    }
}
