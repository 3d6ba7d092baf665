package org.fraudlink.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.fraudlink.platform.problem.ProblemType;
import org.fraudlink.platform.problem.ProblemWriter;

/** Request id and body-size checks that run before any resource, for every route. */
@ApplicationScoped
public class RequestFilters {

    /** Before Quarkus' own body handler and every resource. */
    private static final int FIRST = -1_000;

    @Inject
    ProblemWriter problems;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void register(@Observes Router router) {
        router.route().order(FIRST).handler(this::assignRequestIdAndCheckSize);
    }

    /**
     * Assigns the request id and refuses a declared body that is too large with a problem document (Vert.x would
     * otherwise answer a bare 413).
     */
    void assignRequestIdAndCheckSize(RoutingContext context) {
        HttpServerRequest request = context.request();
        String requestId = RequestIds.assign(request);
        context.response().putHeader(RequestIds.HEADER, requestId);
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isLongerThanAllowed(length)) {
            problems.write(context, ProblemType.TOO_LARGE,
                    "The body may be at most " + maxBodySize.asLongValue() + " bytes");
            return;
        }
        context.next();
    }

    /** Puts the request id into the logging context of the thread that runs the resource. */
    @ServerRequestFilter(preMatching = true)
    void logRequestId(HttpServerRequest request) {
        MDC.put(RequestIds.MDC_KEY, request.getHeader(RequestIds.HEADER));
    }

    private boolean isLongerThanAllowed(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
