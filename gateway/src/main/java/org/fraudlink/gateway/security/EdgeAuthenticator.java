package org.fraudlink.gateway.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * Verifies the bearer token at the edge with the same settings as every service ({@code mp.jwt.verify.*}:
 * signature against the JWKS, issuer, audience, expiry, not-before). Verification runs on a worker thread because
 * the first check (and every key rotation) fetches the JWKS over HTTP. A token once verified is remembered for up
 * to a minute (never past its own expiry), so a client's repeated calls cost a map look-up, not an RSA check.
 */
@ApplicationScoped
public class EdgeAuthenticator {

    private static final String BEARER = "Bearer ";
    private static final long REMEMBER_MILLIS = 60_000;
    private static final int REMEMBER_AT_MOST = 10_000;

    private record Verified(JsonWebToken token, long validUntilMillis) {
    }

    private final ConcurrentMap<String, Verified> verified = new ConcurrentHashMap<>();

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
        Verified known = verified.get(token);
        if (known != null && now < known.validUntilMillis()) {
            return Future.succeededFuture(known.token());
        }
        return vertx.executeBlocking(() -> {
            try {
                JsonWebToken parsed = parser.parse(token);
                remember(token, parsed, now);
                return parsed;
            } catch (Exception e) {
                throw new InvalidToken("The token is not valid");
            }
        }, false);
    }

    private void remember(String raw, JsonWebToken token, long now) {
        if (verified.size() >= REMEMBER_AT_MOST) {
            verified.values().removeIf(entry -> entry.validUntilMillis() <= now);
            if (verified.size() >= REMEMBER_AT_MOST) {
                verified.clear();
            }
        }
        long expiresMillis = token.getExpirationTime() * 1000;
        verified.put(raw, new Verified(token, Math.min(expiresMillis, now + REMEMBER_MILLIS)));
    }

    /** A missing or refused token; the message is safe to show to the caller. */
    public static final class InvalidToken extends RuntimeException {
        InvalidToken(String message) {
            super(message, null, false, false);
        }
    }
}
