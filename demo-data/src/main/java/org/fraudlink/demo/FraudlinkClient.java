package org.fraudlink.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The public API as a partner's program sees it: a token from {@code /auth/token} per API client, JSON calls through
 * the gateway. Creating POSTs carry an {@code Idempotency-Key}, so a call retried after a lost answer is not applied
 * twice; 429 (rate limit) and 503 are waited out as the answer's {@code Retry-After} says.
 */
final class FraudlinkClient {

    private static final int ATTEMPTS = 8;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private final URI gateway;

    FraudlinkClient(URI gateway) {
        this.gateway = gateway;
    }

    /** An API client's credentials and its current token, renewed well before its 15 minutes run out. */
    final class Session {
        private final String clientId;
        private final String clientSecret;
        private String token;
        private Instant renewAt = Instant.MIN;

        Session(String clientId, String clientSecret) {
            this.clientId = clientId;
            this.clientSecret = clientSecret;
        }

        synchronized String token() {
            if (Instant.now().isAfter(renewAt)) {
                JsonNode answer = FraudlinkClient.this.token(clientId, clientSecret);
                token = answer.path("access_token").asText();
                renewAt = Instant.now().plusSeconds(Math.max(30, answer.path("expires_in").asLong(900) / 2));
            }
            return token;
        }

        JsonNode post(String path, Object body) {
            return send("POST", path, this, body, true);
        }

        JsonNode get(String path) {
            return send("GET", path, this, null, false);
        }
    }

    Session session(String clientId, String clientSecret) {
        return new Session(clientId, clientSecret);
    }

    private JsonNode token(String clientId, String clientSecret) {
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                + encode(clientSecret);
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/auth/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return exchange(request, "POST /auth/token");
    }

    /** Answers the JSON body, or {@code null} for 404 on a GET. */
    JsonNode send(String method, String path, Session session, Object body, boolean creating) {
        String key = creating ? UUID.randomUUID().toString() : null;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path))
                    .timeout(Duration.ofSeconds(120))
                    .header("Accept", "application/json, application/problem+json")
                    .header("Authorization", "Bearer " + session.token());
            if (key != null) {
                request.header("Idempotency-Key", key);
            }
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return exchange(request.build(), method + " " + path);
        } catch (IOException e) {
            throw new DemoException(method + " " + path + ": " + e.getMessage());
        }
    }

    private JsonNode exchange(HttpRequest request, String what) {
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return response.body().length == 0 ? json.createObjectNode() : json.readTree(response.body());
                }
                if (status == 404 && "GET".equals(request.method())) {
                    return null;
                }
                if ((status == 429 || status == 503 || status == 504) && attempt < ATTEMPTS) {
                    long seconds = response.headers().firstValueAsLong("Retry-After").orElse(attempt);
                    Thread.sleep(Duration.ofSeconds(Math.min(seconds, 10)).toMillis());
                    continue;
                }
                throw new DemoException(what + " answered " + status + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (attempt >= ATTEMPTS) {
                    throw new DemoException(what + ": " + e.getMessage());
                }
                sleep(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoException(what + ": interrupted");
            }
        }
    }

    private static void sleep(int attempt) {
        try {
            Thread.sleep(250L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A call the loader cannot go on without; the message says which call and what the API answered. */
    static final class DemoException extends RuntimeException {
        DemoException(String message) {
            super(message);
        }
    }
}
