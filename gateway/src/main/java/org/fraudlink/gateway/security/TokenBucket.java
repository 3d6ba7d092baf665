package org.fraudlink.gateway.security;

/** One client's bucket: {@code capacity} requests at once, refilled continuously at {@code refillPerSecond}. */
final class TokenBucket {

    private final double capacity;
    private final double refillPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, double refillPerSecond, long nowNanos) {
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.updatedAt = nowNanos;
    }

    /** Takes one token: 0 when allowed, otherwise the whole seconds until one is back (at least 1). */
    synchronized long take(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        double nanosToWait = (1 - tokens) / refillPerNano;
        return Math.max(1, (long) Math.ceil(nanosToWait / 1_000_000_000d));
    }

    /** Full again, so forgetting it changes nothing. */
    synchronized boolean isFull(long nowNanos) {
        refill(nowNanos);
        return tokens >= capacity;
    }

    private void refill(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - updatedAt);
        tokens = Math.min(capacity, tokens + elapsed * refillPerNano);
        updatedAt = nowNanos;
    }
}
