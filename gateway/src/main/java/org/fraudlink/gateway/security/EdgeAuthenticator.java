package org.fraudlink.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

import org.fraudlink.platform.security.TokenMemory;

/**
 * Verifies the bearer token at the edge with the same settings as every service ({@code mp.jwt.verify.*}:
 * signature against the JWKS, issuer, audience, expiry, not-before). Verification runs on a worker thread because
 * the first check (and every key rotation) fetches the JWKS over HTTP. A verified token is remembered by the same
 * rule as in the services ({@link TokenMemory}), so a client's repeated calls cost a map look-up, not an RSA check.
 */
@ApplicationScoped
public class EdgeAuthenticator {

    private static final String BEARER = "Bearer ";

    private final TokenMemory<JsonWebToken> verified = new TokenMemory<>();

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
        long now = System.currentTimeMillis();
        JsonWebToken known = verified.get(token, now);
        if (known != null) {
            return Future.succeededFuture(known);
        }
        return vertx.executeBlocking(() -> {
            try {
                JsonWebToken parsed = parser.parse(token);
                verified.remember(token, parsed, parsed.getExpirationTime(), now);
                return parsed;
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
