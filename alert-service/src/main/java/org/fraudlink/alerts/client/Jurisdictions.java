package org.fraudlink.alerts.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import org.fraudlink.platform.events.ServiceTokens;

/**
 * The police unit responsible for a region and the units above it, from registry-service, cached. When
 * registry-service cannot answer, a cached answer of any age is used: a warning goes where it went yesterday rather
 * than nowhere.
 */
@ApplicationScoped
public class Jurisdictions {

    private static final Logger LOG = Logger.getLogger(Jurisdictions.class);

    /** A chain of unit codes, responsible unit first; empty when no police unit covers the region. */
    public record Chain(List<String> units, boolean fromRegistry) {
    }

    private record Cached(List<String> units, Instant fetchedAt) {
    }

    @Inject
    @RestClient
    RegistryApi registry;

    @Inject
    ServiceTokens tokens;

    @Inject
    Clock clock;

    @ConfigProperty(name = "fraudlink.dispatch.cache-ttl", defaultValue = "PT5M")
    Duration ttl;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** The chain for {@code region}, or empty when registry-service is unreachable and nothing is cached. */
    public Optional<Chain> chainFor(String region) {
        Cached cached = cache.get(region);
        if (cached != null && clock.instant().isBefore(cached.fetchedAt().plus(ttl))) {
            return Optional.of(new Chain(cached.units(), true));
        }
        try {
            List<String> units = registry.jurisdiction(region, "Bearer " + tokens.bearer()).chain().stream()
                    .map(RegistryApi.Organisation::code).toList();
            cache.put(region, new Cached(units, clock.instant()));
            return Optional.of(new Chain(units, true));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                cache.put(region, new Cached(List.of(), clock.instant()));
                return Optional.of(new Chain(List.of(), true));
            }
            if (e.getResponse().getStatus() == 401) {
                tokens.invalidate();
            }
            return stale(region, cached, "answered " + e.getResponse().getStatus());
        } catch (RuntimeException e) {
            return stale(region, cached, e.getMessage());
        }
    }

    /** Forgets every answer, e.g. when an organisation changed. */
    public void forget() {
        cache.clear();
    }

    private Optional<Chain> stale(String region, Cached cached, String why) {
        LOG.warnf("registry-service could not name the unit for %s (%s); %s", region, why,
                cached == null ? "no cached answer" : "using the answer of " + cached.fetchedAt());
        return cached == null ? Optional.empty() : Optional.of(new Chain(cached.units(), false));
    }
}
