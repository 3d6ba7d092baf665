package org.fraudlink.platform.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies bearer tokens as smallrye-jwt does ({@code mp.jwt.verify.*}: signature, issuer, audience, expiry) and
 * remembers each verified token for up to a minute, never past its own expiry — the same rule as the gateway's
 * edge check. A client sends the same token with every call until it expires, and the RSA check and claim parsing
 * were an eighth of a write's CPU; a remembered token costs a map look-up. A token that failed is never remembered,
 * so a bad token is checked (and refused) every time.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class RememberedTokens extends DefaultJWTCallerPrincipalFactory {

    private static final long REMEMBER_MILLIS = 60_000;
    private static final int REMEMBER_AT_MOST = 10_000;

    /** A verified token, and the caller read from it once it was first asked for. */
    private static final class Remembered {
        final JWTCallerPrincipal principal;
        final long validUntilMillis;
        volatile Caller caller;

        Remembered(JWTCallerPrincipal principal, long validUntilMillis) {
            this.principal = principal;
            this.validUntilMillis = validUntilMillis;
        }
    }

    private final ConcurrentMap<String, Remembered> verified = new ConcurrentHashMap<>();

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        long now = System.currentTimeMillis();
        Remembered known = verified.get(token);
        if (known != null && now < known.validUntilMillis) {
            return known.principal;
        }
        JWTCallerPrincipal principal = super.parse(token, authContextInfo);
        remember(token, principal, now);
        return principal;
    }

    /**
     * The caller of a remembered token, read with {@code reader} the first time only (reading custom claims from a
     * principal is not cheap: smallrye-jwt throws and catches an exception for each).
     */
    Caller callerOf(String token, Supplier<Caller> reader) {
        Remembered known = token == null ? null : verified.get(token);
        if (known == null) {
            return reader.get();
        }
        Caller caller = known.caller;
        if (caller == null) {
            caller = reader.get();
            known.caller = caller;
        }
        return caller;
    }

    private void remember(String token, JWTCallerPrincipal principal, long now) {
        if (verified.size() >= REMEMBER_AT_MOST) {
            verified.values().removeIf(entry -> entry.validUntilMillis <= now);
            if (verified.size() >= REMEMBER_AT_MOST) {
                verified.clear();
            }
        }
        long expiresMillis = principal.getExpirationTime() * 1000;
        verified.put(token, new Remembered(principal, Math.min(expiresMillis, now + REMEMBER_MILLIS)));
    }
}
