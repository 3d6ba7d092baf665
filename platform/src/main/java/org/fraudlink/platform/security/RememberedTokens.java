package org.fraudlink.platform.security;

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
 * remembers each verified token by the rule of {@link TokenMemory}, which the gateway's edge check follows too.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class RememberedTokens extends DefaultJWTCallerPrincipalFactory {

    /** A verified token, and the caller read from it once it was first asked for. */
    private static final class Remembered {
        final JWTCallerPrincipal principal;
        volatile Caller caller;

        Remembered(JWTCallerPrincipal principal) {
            this.principal = principal;
        }
    }

    private final TokenMemory<Remembered> verified = new TokenMemory<>();

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        long now = System.currentTimeMillis();
        Remembered known = verified.get(token, now);
        if (known != null) {
            return known.principal;
        }
        JWTCallerPrincipal principal = super.parse(token, authContextInfo);
        verified.remember(token, new Remembered(principal), principal.getExpirationTime(), now);
        return principal;
    }

    /**
     * The caller of a remembered token, read with {@code reader} the first time only (reading custom claims from a
     * principal is not cheap: smallrye-jwt throws and catches an exception for each).
     */
    Caller callerOf(String token, Supplier<Caller> reader) {
        Remembered known = token == null ? null : verified.get(token, System.currentTimeMillis());
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
}
