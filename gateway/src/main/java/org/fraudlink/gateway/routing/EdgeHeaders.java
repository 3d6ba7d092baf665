package org.fraudlink.gateway.routing;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import org.fraudlink.gateway.config.GatewayConfig;

/**
 * Headers the gateway owns on every exchange: the forwarding headers (a client's own are dropped, the gateway
 * states what it saw), the security headers of every answer, and CORS for the configured origins only.
 */
@ApplicationScoped
public class EdgeHeaders {

    private static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, Idempotency-Key, If-Match, "
            + "X-Request-Id";
    private static final String EXPOSED_HEADERS = "X-Request-Id, Location, Retry-After, Idempotency-Replayed";

    private final Set<String> origins;
    private final long maxAgeSeconds;

    @Inject
    public EdgeHeaders(GatewayConfig config) {
        origins = config.cors().origins().orElse(List.of()).stream().map(String::trim)
                .filter(origin -> !origin.isEmpty()).collect(Collectors.toUnmodifiableSet());
        maxAgeSeconds = config.cors().maxAge().toSeconds();
    }

    /** Replaces whatever forwarding headers the client sent with what the gateway itself saw. */
    public void replaceForwarding(HttpServerRequest request) {
        MultiMap headers = request.headers();
        List<String> spoofable = headers.names().stream()
                .filter(name -> {
                    String lower = name.toLowerCase(Locale.ROOT);
                    return lower.equals("forwarded") || lower.startsWith("x-forwarded-") || lower.equals("x-real-ip");
                })
                .toList();
        spoofable.forEach(headers::remove);
        if (request.remoteAddress() != null) {
            headers.set("X-Forwarded-For", request.remoteAddress().hostAddress());
        }
        headers.set("X-Forwarded-Proto", request.scheme() == null ? "http" : request.scheme());
        String host = request.getHeader(HttpHeaders.HOST);
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }
    }

    /**
     * Sets the security and CORS headers just before the answer's head is written, over whatever a service sent.
     * Answers a CORS preflight itself (204 for an allowed origin, 403 otherwise) and returns false then.
     */
    public boolean prepareAnswer(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        boolean allowed = origin != null && origins.contains(origin);
        boolean preflight = origin != null && HttpMethod.OPTIONS.equals(request.method())
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
        boolean api = isApi(request.path());
        context.addHeadersEndHandler(v -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            if (api) {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            List.copyOf(headers.names()).stream()
                    .filter(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-"))
                    .forEach(headers::remove);
            if (allowed) {
                headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
                headers.add(HttpHeaders.VARY, "Origin");
                if (preflight) {
                    headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS);
                    headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS);
                    headers.set(HttpHeaders.ACCESS_CONTROL_MAX_AGE, String.valueOf(maxAgeSeconds));
                } else {
                    headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
                }
            }
        });
        if (preflight) {
            context.response().setStatusCode(allowed ? 204 : 403).end();
            return false;
        }
        return true;
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/") || path.startsWith("/auth/") || path.startsWith("/internal/");
    }
}
