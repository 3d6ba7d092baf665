package org.fraudlink.gateway.routing;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

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

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpServerRequest request) {
        return answer(request, ProblemType.NOT_FOUND, "No such endpoint");
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpServerRequest request) {
        Response problem = answer(request, ProblemType.NOT_FOUND, "No such endpoint");
        return Response.fromResponse(problem).status(405).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        return answer(request, ProblemType.VALIDATION, e.getMessage());
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
