package org.fraudlink.registry.api;

import java.util.Set;

/** The answer to creating a client: the only time its secret is shown. */
public record CreatedClientView(String clientId, String clientSecret, String orgCode, String name, Set<String> roles) {
}
