package org.fraudlink.platform.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for another service during a module's tests: it answers the token endpoint with a {@code service}
 * token and records the events the relay delivers to it. Tests drive and read it over HTTP (so no class-loader
 * tricks): {@code POST /down} makes it answer 503 until {@code POST /up}; {@code GET /received} lists what
 * arrived as JSON lines {@code id type aggregateId status}.
 * <p>
 * Init args: {@code subscriber} (the subscriber name in {@code fraudlink.events.subscribers}, default
 * {@code stub}) and {@code types} (comma-separated event types).
 */
public class SubscriberStub implements QuarkusTestResourceLifecycleManager {

    private static final Pattern FIELD = Pattern.compile("\"(id|type|aggregateId)\"\\s*:\\s*\"([^\"]*)\"");

    private final List<String> received = new ArrayList<>();
    private volatile boolean down;
    private HttpServer server;
    private String subscriber = "stub";
    private String types = "";

    @Override
    public void init(Map<String, String> initArgs) {
        subscriber = initArgs.getOrDefault("subscriber", subscriber);
        types = initArgs.getOrDefault("types", types);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/token", this::token);
        server.createContext("/events", this::event);
        server.createContext("/received", this::received);
        server.createContext("/down", exchange -> toggle(exchange, true));
        server.createContext("/up", exchange -> toggle(exchange, false));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "fraudlink.token-url", base + "/token",
                "fraudlink.service-client-id", "stub-client",
                "fraudlink.service-client-secret", "stub-secret",
                "fraudlink.events.subscribers." + subscriber + ".url", base + "/events",
                "fraudlink.events.subscribers." + subscriber + ".types", types,
                "fraudlink.test.subscriber-stub", base);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        String token = TestTokens.service().subject("stub-client").token();
        respond(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":900}");
    }

    private void event(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean authorised = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))
                .startsWith("Bearer ");
        int status = down ? 503 : authorised ? 200 : 401;
        String id = "";
        String type = "";
        String aggregate = "";
        Matcher field = FIELD.matcher(body);
        while (field.find()) {
            switch (field.group(1)) {
                case "id" -> id = id.isEmpty() ? field.group(2) : id;
                case "type" -> type = type.isEmpty() ? field.group(2) : type;
                default -> aggregate = aggregate.isEmpty() ? field.group(2) : aggregate;
            }
        }
        synchronized (received) {
            received.add(id + " " + type + " " + aggregate + " " + status);
        }
        respond(exchange, status, "{}");
    }

    private void received(HttpExchange exchange) throws IOException {
        String lines;
        synchronized (received) {
            lines = String.join("\n", received);
        }
        respond(exchange, 200, lines);
    }

    private void toggle(HttpExchange exchange, boolean value) throws IOException {
        down = value;
        respond(exchange, 200, "{}");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
