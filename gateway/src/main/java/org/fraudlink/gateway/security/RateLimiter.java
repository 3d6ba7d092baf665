package org.fraudlink.gateway.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fraudlink.gateway.config.GatewayConfig;

/**
 * Per-client rate limit: a token bucket per token subject ({@code sub}), in this replica's memory. With N replicas
 * behind a round-robin balancer a client gets up to N times the configured rate; that is the price of a
 * gateway without shared state (see docs/gateway.md).
 */
@ApplicationScoped
public class RateLimiter {

    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final GatewayConfig.RateLimit config;

    @Inject
    public RateLimiter(GatewayConfig config) {
        this.config = config.rateLimit();
    }

    /** 0 when the client may go on, otherwise the seconds to announce in {@code Retry-After}. */
    public long acquire(String subject) {
        if (!config.enabled()) {
            return 0;
        }
        long now = System.nanoTime();
        if (buckets.size() >= config.maxClients()) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(subject, s -> new TokenBucket(config.capacity(), config.refillPerSecond(), now))
                .take(now);
    }
}
