package org.fraudlink.gateway.routing;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import org.fraudlink.platform.problem.ProblemType;
import org.fraudlink.platform.web.RequestIds;

/** Renders RFC 9457 problem documents for raw Vert.x routes and JAX-RS alike. */
@ApplicationScoped
public class Problems {

    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    @Inject
    ObjectMapper mapper;

    public Buffer render(ProblemType type, String detail, String instance, String requestId) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.uri());
        problem.put("title", type.title());
        problem.put("status", type.status());
        problem.put("detail", detail);
        problem.put("instance", instance);
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        try {
            return Buffer.buffer(mapper.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document could not be rendered", e);
        }
    }

    /** Answers the request with a problem, unless an answer has already begun. */
    public void write(RoutingContext context, ProblemType type, String detail) {
        if (context.response().headWritten()) {
            context.response().reset();
            return;
        }
        if (type == ProblemType.UNAUTHORIZED) {
            context.response().putHeader(WWW_AUTHENTICATE, "Bearer");
        }
        context.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemType.MEDIA_TYPE)
                .end(render(type, detail, context.request().path(), RequestIds.of(context.request())));
    }

    public Response response(ProblemType type, String detail, String instance, String requestId) {
        Response.ResponseBuilder builder = Response.status(type.status())
                .type(ProblemType.MEDIA_TYPE)
                .entity(render(type, detail, instance, requestId).getBytes());
        if (type == ProblemType.UNAUTHORIZED) {
            builder.header(WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }
}
