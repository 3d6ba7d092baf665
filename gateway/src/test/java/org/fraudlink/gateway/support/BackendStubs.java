package org.fraudlink.gateway.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import org.fraudlink.platform.testing.TestTokens;

/**
 * The three services as small Vert.x servers on random ports — the other side of the network for the proxy —
 * recording every request they receive (method, URI, the headers that matter, body size and digest). A control
 * server drives them over HTTP (tests and this resource live in different class loaders):
 * {@code POST /mode/{backend}/{up|down|slow}}, {@code GET /received/{backend}}, {@code DELETE /received},
 * {@code PUT /suspended} (comma-separated codes registry-service lists as suspended); {@code POST /token} is the
 * token endpoint. A backend that is {@code down} refuses connections; a {@code slow} one answers after 8 s.
 */
public class BackendStubs implements QuarkusTestResourceLifecycleManager {

    public static final List<String> BACKENDS = List.of("registry", "cases", "alerts");
    public static final int SLOW_MILLIS = 8_000;
    public static final int BIG_DOWNLOAD_BYTES = 4 * 1024 * 1024;

    private static final List<String> RECORDED_HEADERS = List.of("authorization", "x-request-id", "x-forwarded-for",
            "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip", "content-type",
            "x-custom", "host");

    private Vertx vertx;
    private final Map<String, HttpServer> servers = new ConcurrentHashMap<>();
    private final Map<String, Integer> ports = new ConcurrentHashMap<>();
    private final Map<String, String> modes = new ConcurrentHashMap<>();
    private final Map<String, List<JsonObject>> received = new ConcurrentHashMap<>();
    private volatile String suspended = "";

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        for (String backend : BACKENDS) {
            received.put(backend, new CopyOnWriteArrayList<>());
            modes.put(backend, "up");
            HttpServer server = await(listen(backend, 0));
            ports.put(backend, server.actualPort());
        }
        HttpServer control = await(vertx.createHttpServer().requestHandler(this::control).listen(0, "127.0.0.1"));
        String controlBase = "http://127.0.0.1:" + control.actualPort();
        return Map.of(
                "quarkus.rest-client.registry.url", "http://127.0.0.1:" + ports.get("registry"),
                "quarkus.rest-client.cases.url", "http://127.0.0.1:" + ports.get("cases"),
                "quarkus.rest-client.alerts.url", "http://127.0.0.1:" + ports.get("alerts"),
                "fraudlink.token-url", controlBase + "/token",
                "fraudlink.service-client-id", "gateway-test",
                "fraudlink.service-client-secret", "gateway-test-secret",
                "fraudlink.test.stubs", controlBase);
    }

    @Override
    public void stop() {
        if (vertx != null) {
            await(vertx.close());
        }
    }

    private Future<HttpServer> listen(String backend, int port) {
        return vertx.createHttpServer().requestHandler(request -> serve(backend, request))
                .listen(port, "127.0.0.1")
                .onSuccess(server -> servers.put(backend, server));
    }

    private void serve(String backend, HttpServerRequest request) {
        request.body().onSuccess(body -> {
            JsonObject record = new JsonObject()
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("bodyBytes", body.length())
                    .put("bodySha256", sha256(body));
            JsonObject headers = new JsonObject();
            for (String name : RECORDED_HEADERS) {
                List<String> values = request.headers().getAll(name);
                if (!values.isEmpty()) {
                    headers.put(name, String.join(",", values));
                }
            }
            record.put("headers", headers);
            received.get(backend).add(record);
            long delay = "slow".equals(modes.get(backend)) ? SLOW_MILLIS : 0;
            if (delay > 0) {
                vertx.setTimer(delay, t -> answer(backend, request, record));
            } else {
                answer(backend, request, record);
            }
        });
    }

    private void answer(String backend, HttpServerRequest request, JsonObject record) {
        if (request.response().closed()) {
            return;
        }
        String path = request.path();
        if (path.equals("/internal/registry/orgs")) {
            JsonArray items = new JsonArray();
            for (String code : suspended.split(",")) {
                if (!code.isBlank()) {
                    items.add(new JsonObject().put("code", code).put("status", "SUSPENDED"));
                }
            }
            json(request, 200, new JsonObject().put("items", items));
        } else if (path.equals("/q/openapi")) {
            json(request, 200, StubOpenApi.of(backend));
        } else if (path.equals("/api/v1/cases/big-download")) {
            request.response().setChunked(true).putHeader("Content-Type", "application/octet-stream");
            byte[] chunk = new byte[64 * 1024];
            for (int written = 0; written < BIG_DOWNLOAD_BYTES; written += chunk.length) {
                request.response().write(Buffer.buffer(chunk));
            }
            request.response().end();
        } else if (isStatistics(path) && "990000".equals(request.getParam("region"))) {
            request.response().setStatusCode(403).putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject().put("type", "https://fraudlink.org/problems/forbidden").put("status", 403)
                            .put("detail", "region: not covered by the caller's jurisdiction").toString());
        } else if (isStatistics(path)) {
            json(request, 200, StubStatistics.of(path, request.getParam("region"), request.getParam("from"),
                    request.getParam("to")).put("backend", backend));
        } else {
            request.response().putHeader("Access-Control-Allow-Origin", "*").putHeader("Cache-Control", "max-age=60");
            json(request, 200, new JsonObject().put("backend", backend).put("received", record));
        }
    }

    private static boolean isStatistics(String path) {
        return path.equals("/api/v1/stats/cases") || path.equals("/api/v1/stats/alerts")
                || path.equals("/api/v1/registry/stats");
    }

    private void control(HttpServerRequest request) {
        String[] parts = request.path().split("/");
        request.body().onSuccess(body -> {
            switch (parts.length > 1 ? parts[1] : "") {
                case "token" -> json(request, 200, new JsonObject()
                        .put("access_token", TestTokens.service().subject("gateway-test").token())
                        .put("token_type", "Bearer").put("expires_in", 900));
                case "received" -> {
                    if (request.method().name().equals("DELETE")) {
                        received.values().forEach(List::clear);
                        json(request, 200, new JsonObject());
                    } else {
                        json(request, 200, new JsonArray(List.copyOf(received.get(parts[2]))));
                    }
                }
                case "mode" -> setMode(parts[2], parts[3])
                        .onComplete(done -> json(request, done.succeeded() ? 200 : 500, new JsonObject()));
                case "suspended" -> {
                    suspended = body.toString();
                    json(request, 200, new JsonObject());
                }
                default -> json(request, 404, new JsonObject());
            }
        });
    }

    private Future<?> setMode(String backend, String mode) {
        String previous = modes.put(backend, mode);
        if ("down".equals(mode) && !"down".equals(previous)) {
            return servers.get(backend).close();
        } else if (!"down".equals(mode) && "down".equals(previous)) {
            return listen(backend, ports.get(backend));
        }
        return Future.succeededFuture();
    }

    private static void json(HttpServerRequest request, int status, Object body) {
        request.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.toString());
    }

    private static String sha256(Buffer body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
