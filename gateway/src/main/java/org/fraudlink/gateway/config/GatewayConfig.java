package org.fraudlink.gateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The gateway's own settings ({@code fraudlink.gateway.*}); the backend URLs are
 * {@code quarkus.rest-client.<name>.url}.
 */
@ConfigMapping(prefix = "fraudlink.gateway")
public interface GatewayConfig {

    Cors cors();

    RateLimit rateLimit();

    Backend backend();

    OpenApi openapi();

    /** How often the suspended organisations are re-read from registry-service (also read at start). */
    @WithDefault("30s")
    Duration suspendedRefresh();

    /** One access-log line per request (method, path, backend, status, milliseconds, request id). */
    @WithDefault("true")
    boolean accessLog();

    /** Browser origins allowed to call the API; none by default, so browsers on other sites are refused. */
    interface Cors {
        Optional<List<String>> origins();

        @WithDefault("PT10M")
        Duration maxAge();
    }

    /** A token bucket per client ({@code sub}). */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Requests a client may send in a burst. */
        @WithDefault("200")
        int capacity();

        /** Requests per second a client regains. */
        @WithDefault("100")
        double refillPerSecond();

        /** Buckets kept at most; full (idle) buckets are dropped first. */
        @WithDefault("100000")
        int maxClients();
    }

    /** The merged OpenAPI document at {@code /q/openapi}. */
    interface OpenApi {
        /** How long a complete merge is served before the services' documents are read again. */
        @WithDefault("5m")
        Duration cacheFor();

        /** How long a merge that lacks a service is served before trying again. */
        @WithDefault("5s")
        Duration retryMissingAfter();
    }

    /** How the gateway talks to the services. */
    interface Backend {
        /** Time to get a connection (new or from the pool) to a service before answering 503. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** Time a service may stay silent (before its answer, or between two parts of it) before answering 504. */
        @WithDefault("10s")
        Duration readTimeout();

        /** Keep-alive connections per service. */
        @WithDefault("256")
        int maxConnections();
    }
}
