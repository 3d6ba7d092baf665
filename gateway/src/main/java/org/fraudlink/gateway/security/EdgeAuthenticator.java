package org.fraudlink.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * Verifies the bearer token at the edge with the same settings as every service ({@code mp.jwt.verify.*}:
 * signature against the JWKS, issuer, audience, expiry, not-before). Verification runs on a worker thread because
 * the first check (and every key rotation) fetches the JWKS over HTTP.
 */
@ApplicationScoped
public class EdgeAuthenticator {

    private static final String BEARER = "Bearer ";

    @Inject
    JWTParser parser;

    @Inject
    Vertx vertx;

    /** The verified token of an {@code Authorization} header; fails with {@link InvalidToken} otherwise. */
    public Future<JsonWebToken> verify(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Future.failedFuture(new InvalidToken("A bearer token is required"));
        }
        String token = authorization.substring(BEARER.length()).trim();
        if (token.isEmpty()) {
            return Future.failedFuture(new InvalidToken("A bearer token is required"));
        }
        return vertx.executeBlocking(() -> {
            try {
                return parser.parse(token);
            } catch (Exception e) {
                throw new InvalidToken("The token is not valid");
            }
        }, false);
    }

    /** A missing or refused token; the message is safe to show to the caller. */
    public static final class InvalidToken extends RuntimeException {
        InvalidToken(String message) {
            super(message, null, false, false);
        }
    }
}
