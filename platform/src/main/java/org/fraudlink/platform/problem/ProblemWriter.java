package org.fraudlink.platform.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.RoutingContext;

import org.fraudlink.platform.web.RequestIds;

/** Renders problem documents, for JAX-RS responses and for raw Vert.x routes alike. */
@ApplicationScoped
public class ProblemWriter {

    @Inject
    ObjectMapper mapper;

    public Response response(ProblemType type, String detail, List<FieldError> errors, String instance,
            String requestId) {
        Response.ResponseBuilder builder = Response.status(type.status())
                .type(ProblemType.MEDIA_TYPE)
                .entity(render(Problem.of(type, detail, errors, instance, requestId)));
        if (type == ProblemType.UNAUTHORIZED) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }

    public void write(RoutingContext context, ProblemType type, String detail) {
        String requestId = context.request().getHeader(RequestIds.HEADER);
        context.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemType.MEDIA_TYPE)
                .end(render(Problem.of(type, detail, List.of(), context.request().path(), requestId)));
    }

    private String render(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document could not be rendered", e);
        }
    }
}
