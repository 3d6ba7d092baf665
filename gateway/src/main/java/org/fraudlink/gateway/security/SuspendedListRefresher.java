package org.fraudlink.gateway.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;

import org.fraudlink.gateway.routing.Backend;
import org.fraudlink.gateway.routing.Backends;
import org.fraudlink.platform.events.ServiceTokens;

/**
 * Re-reads the suspended organisations from registry-service ({@code GET /internal/registry/orgs?status=SUSPENDED}
 * with the gateway's service token) at start and every {@code fraudlink.gateway.suspended-refresh} (30 s), so a
 * replica that missed an event or restarted still refuses their tokens. A failed read keeps the current list.
 */
@ApplicationScoped
public class SuspendedListRefresher {

    private static final Logger LOG = Logger.getLogger(SuspendedListRefresher.class);

    @Inject
    SuspendedOrganisations suspended;

    @Inject
    ServiceTokens tokens;

    @Inject
    Backends backends;

    @Inject
    ObjectMapper mapper;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();

    private boolean warnedUnconfigured;

    @Scheduled(every = "${fraudlink.gateway.suspended-refresh:30s}", delay = 0,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!tokens.isConfigured()) {
            if (!warnedUnconfigured) {
                LOG.warn("FRAUDLINK_SERVICE_CLIENT_ID/_SECRET are not set: the suspended organisations are known "
                        + "from OrganisationChanged events only");
                warnedUnconfigured = true;
            }
            return;
        }
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warnf("the suspended organisations could not be read from registry-service, keeping %d known: %s",
                    suspended.snapshot().size(), e.getMessage());
        }
    }

    /** Reads the list once and replaces the known set with it. */
    public void refresh() {
        Instant startedAt = Instant.now();
        URI uri = backends.url(Backend.REGISTRY).resolve("/internal/registry/orgs?status=SUSPENDED");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + tokens.bearer())
                .header("Accept", "application/json")
                .GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                tokens.invalidate();
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("registry-service answered " + response.statusCode());
            }
            List<String> codes = new ArrayList<>();
            for (JsonNode item : mapper.readTree(response.body()).path("items")) {
                if ("SUSPENDED".equals(item.path("status").asText("SUSPENDED"))) {
                    codes.add(item.path("code").asText());
                }
            }
            suspended.replaceAll(codes, startedAt);
        } catch (IOException e) {
            throw new IllegalStateException("registry-service could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the suspended organisations", e);
        }
    }
}
