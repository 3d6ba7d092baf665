package org.fraudlink.gateway.routing;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.fraudlink.gateway.config.GatewayConfig;
import org.fraudlink.gateway.security.EdgeAuthenticator;
import org.fraudlink.gateway.security.RateLimiter;
import org.fraudlink.gateway.security.SuspendedOrganisations;
import org.fraudlink.platform.problem.ProblemType;
import org.fraudlink.platform.web.RequestIds;

/**
 * The gateway's front door, before every other route: request id, security and CORS headers, then one decision
 * per request — the gateway's own open endpoints, its own guarded ones, a service's (after the edge checks), or
 * a 404 problem for anything else. Edge checks, in order: body size (413), token (401), suspended organisation
 * (401), rate limit (429); only then is a service touched.
 */
@ApplicationScoped
public class EdgeRoutes {

    private static final Logger ACCESS = Logger.getLogger("org.fraudlink.gateway.access");

    /** Before Quarkus' own routes (body handler, REST, health). */
    private static final int FIRST = -1_000;

    private static final Set<String> OPEN_OWN = Set.of("/q/health", "/q/health/live", "/q/health/ready",
            "/q/health/started", "/q/metrics");
    private static final String OPENAPI = "/q/openapi";
    private static final String DASHBOARD = "/api/v1/dashboard";
    private static final String EVENTS = "/internal/events";

    @Inject
    EdgeHeaders headers;

    @Inject
    EdgeAuthenticator authenticator;

    @Inject
    SuspendedOrganisations suspended;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    GatewayProxy proxy;

    @Inject
    Problems problems;

    @Inject
    MergedOpenApi openApi;

    @Inject
    GatewayConfig config;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void register(@Observes Router router) {
        router.route().order(FIRST).handler(this::handle);
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String requestId = RequestIds.assign(request);
        context.response().putHeader(RequestIds.HEADER, requestId);
        if (!headers.prepareAnswer(context)) {
            return;
        }
        String path = request.path();
        if (OPENAPI.equals(path)) {
            openApi.serve(context);
            return;
        }
        if (OPEN_OWN.contains(path)) {
            context.next();
            return;
        }
        Optional<Backend> backend = RouteTable.route(path);
        logAccess(context, backend, requestId);
        if (backend.isEmpty() && !DASHBOARD.equals(path) && !EVENTS.equals(path)) {
            problems.write(context, ProblemType.NOT_FOUND, "No such endpoint");
            return;
        }
        if (declaresTooLargeBody(request)) {
            problems.write(context, ProblemType.TOO_LARGE, "The body may be at most " + maxBodySize.asLongValue()
                    + " bytes");
            return;
        }
        headers.replaceForwarding(request);
        if (backend.isPresent() && RouteTable.isPublic(request.method(), path)) {
            forward(backend.get(), context);
            return;
        }
        // the body must wait while the token is checked off the event loop
        request.pause();
        authenticator.verify(request.getHeader(HttpHeaders.AUTHORIZATION)).onComplete(verified -> {
            if (verified.failed()) {
                problems.write(context, ProblemType.UNAUTHORIZED, verified.cause().getMessage());
                return;
            }
            JsonWebToken token = verified.result();
            String org = token.getClaim("org");
            if (suspended.isSuspended(org)) {
                problems.write(context, ProblemType.UNAUTHORIZED, "The token's organisation is suspended");
                return;
            }
            if (!EVENTS.equals(path)) {
                long retryAfter = rateLimiter.acquire(token.getSubject());
                if (retryAfter > 0) {
                    context.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
                    problems.write(context, ProblemType.TOO_MANY_REQUESTS, "The client's rate limit is spent; "
                            + "retry after " + retryAfter + " s");
                    return;
                }
            }
            if (backend.isPresent()) {
                forward(backend.get(), context);
            } else {
                request.resume();
                context.next();
            }
        });
    }

    /**
     * Hands the request to the proxy. A client waiting for {@code 100 Continue} gets it here, once the edge has
     * accepted the request: the proxy streams the body on and does not relay the service's interim answer.
     */
    private void forward(Backend backend, RoutingContext context) {
        HttpServerRequest request = context.request();
        String expect = request.getHeader(HttpHeaders.EXPECT);
        if (expect != null && expect.equalsIgnoreCase("100-continue")) {
            request.headers().remove(HttpHeaders.EXPECT);
            context.response().writeContinue();
        }
        proxy.forward(backend, request);
    }

    private boolean declaresTooLargeBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return false;
        }
        try {
            return Long.parseLong(length.trim()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void logAccess(RoutingContext context, Optional<Backend> backend, String requestId) {
        if (!config.accessLog()) {
            return;
        }
        long started = System.nanoTime();
        HttpServerRequest request = context.request();
        String target = backend.map(Backend::configName).orElse("gateway");
        context.addBodyEndHandler(v -> {
            MDC.put(RequestIds.MDC_KEY, requestId);
            ACCESS.infof("%s %s -> %s %d %.1f ms", request.method(), request.path(), target,
                    context.response().getStatusCode(), (System.nanoTime() - started) / 1e6);
            MDC.remove(RequestIds.MDC_KEY);
        });
    }
}
