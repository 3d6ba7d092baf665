package org.fraudlink.registry.api;

import java.time.Instant;
import java.util.Set;

import org.fraudlink.registry.domain.ClientStatus;
import org.fraudlink.registry.persistence.ApiClient;

/** An API client as listed: never its secret. */
public record ClientView(String clientId, String orgCode, String name, Set<String> roles, ClientStatus status,
        Instant createdAt, Instant disabledAt) {

    static ClientView of(ApiClient client) {
        return new ClientView(client.clientId, client.orgCode, client.name, client.roleSet(), client.status,
                client.createdAt, client.disabledAt);
    }
}
