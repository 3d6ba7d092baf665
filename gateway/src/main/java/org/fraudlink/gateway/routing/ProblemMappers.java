package org.fraudlink.gateway.routing;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

import org.fraudlink.platform.problem.ProblemType;
import org.fraudlink.platform.web.RequestIds;

/** Problem documents for the gateway's own JAX-RS endpoints (the dashboard, the events endpoint). */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    Problems problems;

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return answer(request, ProblemType.UNAUTHORIZED, "A valid bearer token is required");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return answer(request, ProblemType.UNAUTHORIZED, "A valid bearer token is required");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return answer(request, ProblemType.FORBIDDEN, "The caller's roles do not allow this");
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformed(JsonProcessingException e, HttpServerRequest request) {
        return answer(request, ProblemType.MALFORMED_JSON, "The body is not well-formed JSON");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformed(json, request);
        }
        ProblemType type = ProblemType.forStatus(e.getResponse().getStatus());
        if (type == ProblemType.INTERNAL) {
            return unexpected(e, request);
        }
        return answer(request, type, type == ProblemType.NOT_FOUND ? "No such endpoint" : type.title());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, HttpServerRequest request) {
        LOG.errorf(e, "unexpected error on %s %s (request id %s)", request.method(), request.path(),
                RequestIds.of(request));
        return answer(request, ProblemType.INTERNAL, "An unexpected error occurred; quote the request id");
    }

    private Response answer(HttpServerRequest request, ProblemType type, String detail) {
        return problems.response(type, detail, request.path(), RequestIds.of(request));
    }
}
