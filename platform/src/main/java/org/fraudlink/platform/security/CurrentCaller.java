package org.fraudlink.platform.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** The caller of the current request, read once from the verified JWT. */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    @Inject
    RememberedTokens tokens;

    private Caller caller;

    /** The authenticated caller; 401 when the request carries no valid token. */
    public Caller get() {
        return find().orElseThrow(UnauthorizedException::new);
    }

    /** The caller if the request is authenticated. */
    public Optional<Caller> find() {
        if (caller == null && !identity.isAnonymous()) {
            caller = tokens.callerOf(jwt.getRawToken(), () -> new Caller(
                    jwt.getSubject(),
                    identity.getRoles(),
                    jwt.getClaim(Claims.ORG),
                    jwt.getClaim(Claims.ORG_TYPE),
                    jwt.getClaim(Claims.REGION)));
        }
        return Optional.ofNullable(caller);
    }
}
