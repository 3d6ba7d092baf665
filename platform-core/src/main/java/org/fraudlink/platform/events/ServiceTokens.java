package org.fraudlink.platform.events;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bearer token of this service's {@code service} client, fetched from the token endpoint with the client
 * credentials the service was given ({@code FRAUDLINK_SERVICE_CLIENT_ID}/{@code _SECRET}) and reused until shortly
 * before it expires. There is no built-in secret: without credentials, calls between services fail loudly.
 */
@ApplicationScoped
public class ServiceTokens {

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);

    @ConfigProperty(name = "fraudlink.token-url", defaultValue = "http://localhost:8081/auth/token")
    String tokenUrl;

    @ConfigProperty(name = "fraudlink.service-client-id")
    Optional<String> clientId;

    @ConfigProperty(name = "fraudlink.service-client-secret")
    Optional<String> clientSecret;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();

    private volatile String token;
    private volatile Instant renewAt = Instant.MIN;

    /** Whether this service was given client credentials (without them, it cannot call other services). */
    public boolean isConfigured() {
        return clientId.isPresent() && clientSecret.isPresent();
    }

    /** A valid bearer token, fetched if the cached one is missing or about to expire. */
    public String bearer() {
        String current = token;
        if (current != null && clock.instant().isBefore(renewAt)) {
            return current;
        }
        return fetch();
    }

    /** Drops the cached token, e.g. after a subscriber refused it. */
    public void invalidate() {
        token = null;
    }

    private synchronized String fetch() {
        if (token != null && clock.instant().isBefore(renewAt)) {
            return token;
        }
        String id = clientId.orElseThrow(() -> new IllegalStateException(
                "FRAUDLINK_SERVICE_CLIENT_ID is not set: this service cannot call other services"));
        String secret = clientSecret.orElseThrow(() -> new IllegalStateException(
                "FRAUDLINK_SERVICE_CLIENT_SECRET is not set: this service cannot call other services"));
        String form = "grant_type=client_credentials&client_id=" + encode(id) + "&client_secret=" + encode(secret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the token endpoint " + tokenUrl + " answered "
                        + response.statusCode());
            }
            JsonNode body = mapper.readTree(response.body());
            long expiresIn = body.path("expires_in").asLong(300);
            token = body.path("access_token").asText();
            renewAt = clock.instant().plusSeconds(expiresIn).minus(RENEW_BEFORE_EXPIRY);
            return token;
        } catch (IOException e) {
            throw new IllegalStateException("the token endpoint " + tokenUrl + " could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching a service token", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
