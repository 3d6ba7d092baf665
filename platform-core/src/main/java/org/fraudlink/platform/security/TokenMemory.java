package org.fraudlink.platform.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Verified bearer tokens, remembered for up to a minute and never past their own expiry, at most 10,000 at a time.
 * A client sends the same token with every call until it expires, and the RSA check and claim parsing were an
 * eighth of a write's CPU; a remembered token costs a map look-up. Only tokens that passed verification go in, so a
 * bad token is checked (and refused) every time. The services ({@code RememberedTokens}) and the gateway's edge
 * check keep their tokens by this one rule.
 *
 * @param <T> what is kept of a verified token
 */
public final class TokenMemory<T> {

    private static final long REMEMBER_MILLIS = 60_000;
    private static final int REMEMBER_AT_MOST = 10_000;

    private record Entry<T>(T value, long validUntilMillis) {
    }

    private final ConcurrentMap<String, Entry<T>> verified = new ConcurrentHashMap<>();

    /** What was kept of {@code token}, if it is remembered and still valid at {@code nowMillis}; else null. */
    public T get(String token, long nowMillis) {
        Entry<T> known = verified.get(token);
        return known != null && nowMillis < known.validUntilMillis() ? known.value() : null;
    }

    /** Remembers a token that passed verification and expires at {@code expiresAtSeconds} (its {@code exp}). */
    public void remember(String token, T value, long expiresAtSeconds, long nowMillis) {
        if (verified.size() >= REMEMBER_AT_MOST) {
            verified.values().removeIf(entry -> entry.validUntilMillis() <= nowMillis);
            if (verified.size() >= REMEMBER_AT_MOST) {
                verified.clear();
            }
        }
        verified.put(token, new Entry<>(value, Math.min(expiresAtSeconds * 1000, nowMillis + REMEMBER_MILLIS)));
    }
}
