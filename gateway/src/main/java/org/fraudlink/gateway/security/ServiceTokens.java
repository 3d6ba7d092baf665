package org.fraudlink.gateway.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The gateway's own {@code service} token (client credentials {@code FRAUDLINK_SERVICE_CLIENT_ID}/{@code _SECRET}
 * at {@code FRAUDLINK_TOKEN_URL}), cached until a minute before it expires. The same settings as the platform's
 * {@code ServiceTokens}, which the gateway cannot use because the platform library needs a database.
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

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();

    private String token;
    private Instant renewAt = Instant.MIN;

    public boolean isConfigured() {
        return clientId.isPresent() && clientSecret.isPresent();
    }

    /** A valid bearer token, fetched when the cached one is missing or about to expire (blocking). */
    public synchronized String bearer() {
        if (token != null && Instant.now().isBefore(renewAt)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + encode(clientId.orElseThrow())
                + "&client_secret=" + encode(clientSecret.orElseThrow());
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
            token = body.path("access_token").asText();
            renewAt = Instant.now().plusSeconds(body.path("expires_in").asLong(300)).minus(RENEW_BEFORE_EXPIRY);
            return token;
        } catch (IOException e) {
            throw new IllegalStateException("the token endpoint " + tokenUrl + " could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching a service token", e);
        }
    }

    public synchronized void invalidate() {
        token = null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
