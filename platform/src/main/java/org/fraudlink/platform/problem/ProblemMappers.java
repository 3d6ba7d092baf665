package org.fraudlink.platform.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

import org.fraudlink.platform.web.RequestIds;

/**
 * Turns every failure into a problem document. Bad input names the field; an unexpected error is logged with
 * the request id and answered without anything internal.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    ProblemWriter writer;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return answer(request, e.type(), e.getMessage(), e.errors());
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, HttpServerRequest request) {
        if (isAboutReturnValue(e)) {
            return unexpected(e, request);
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return answer(request, ProblemType.VALIDATION, summary(errors), errors);
    }

    /** Overrides Quarkus' built-in mapper, which answers plain JSON rather than a problem. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        return jackson(e, request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response jackson(JsonProcessingException e, HttpServerRequest request) {
        if (!(e instanceof JsonMappingException mapping)) {
            return answer(request, ProblemType.MALFORMED_JSON, "The body is not well-formed JSON: "
                    + e.getOriginalMessage(), List.of());
        }
        String field = pathOf(mapping);
        if (mapping instanceof PropertyBindingException unknown) {
            String name = field.isEmpty() ? unknown.getPropertyName() : field;
            return answer(request, ProblemType.UNKNOWN_FIELD, "Unknown field '" + name + "'",
                    List.of(new FieldError(name, "is not a field of this request")));
        }
        if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            return answer(request, ProblemType.UNKNOWN_VALUE, field + ": must be one of " + allowed,
                    List.of(new FieldError(field, "must be one of " + allowed)));
        }
        if (mapping instanceof ValueInstantiationException instantiation) {
            String message = instantiation.getCause() == null ? "is invalid" : instantiation.getCause().getMessage();
            return answer(request, ProblemType.VALIDATION, field + ": " + message,
                    List.of(new FieldError(field.isEmpty() ? "body" : field, message)));
        }
        if (mapping instanceof MismatchedInputException || mapping instanceof InvalidTypeIdException) {
            String expected = expectedType(mapping);
            return answer(request, ProblemType.WRONG_TYPE, (field.isEmpty() ? "body" : field) + ": " + expected,
                    List.of(new FieldError(field.isEmpty() ? "body" : field, expected)));
        }
        if (mapping.getCause() instanceof JsonProcessingException || mapping.getProcessor() != null) {
            return answer(request, ProblemType.MALFORMED_JSON, "The body is not well-formed JSON: "
                    + mapping.getOriginalMessage(), List.of());
        }
        return unexpected(e, request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return answer(request, ProblemType.UNAUTHORIZED, "A valid bearer token is required", List.of());
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return answer(request, ProblemType.UNAUTHORIZED, "The bearer token was refused", List.of());
    }

    @ServerExceptionMapper
    public Response authenticationIncomplete(AuthenticationCompletionException e, HttpServerRequest request) {
        return answer(request, ProblemType.UNAUTHORIZED, "The bearer token was refused", List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return answer(request, ProblemType.FORBIDDEN, "The caller's roles do not allow this", List.of());
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpServerRequest request) {
        return versionConflict(request);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, HttpServerRequest request) {
        return versionConflict(request);
    }

    @ServerExceptionMapper
    public Response database(org.hibernate.exception.ConstraintViolationException e, HttpServerRequest request) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return answer(request, ProblemType.DUPLICATE, "A resource with these values already exists", List.of());
        }
        return unexpected(e, request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return jackson(json, request); // Quarkus wraps parse errors of the body in a 400
        }
        ProblemType type;
        if (e instanceof NotFoundException) {
            type = ProblemType.NOT_FOUND;
        } else if (e instanceof NotAllowedException) {
            type = ProblemType.METHOD_NOT_ALLOWED;
        } else if (e instanceof NotSupportedException) {
            type = ProblemType.UNSUPPORTED_MEDIA_TYPE;
        } else if (e instanceof NotAcceptableException) {
            type = ProblemType.NOT_ACCEPTABLE;
        } else if (e.getResponse().getStatus() == 413) {
            type = ProblemType.TOO_LARGE;
        } else if (e.getResponse().getStatus() == 400) {
            type = ProblemType.VALIDATION;
        } else if (e.getResponse().getStatus() < 500) {
            type = ProblemType.UNPROCESSABLE;
        } else {
            return unexpected(e, request);
        }
        Response answer = answer(request, type, type.title(), List.of());
        if (e instanceof NotAllowedException) {
            return Response.fromResponse(answer).allow(e.getResponse().getAllowedMethods()).build();
        }
        return answer;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        Throwable cause = rootCause(e);
        if (cause instanceof ProblemException problem) {
            return problem(problem, request);
        }
        LOG.errorf(e, "Unexpected error on %s %s", request.method(), request.path());
        return answer(request, ProblemType.INTERNAL,
                "An unexpected error occurred; quote the request id when you report it", List.of());
    }

    private Response versionConflict(HttpServerRequest request) {
        return answer(request, ProblemType.VERSION_CONFLICT,
                "The resource was changed since you read it; read it again and retry", List.of());
    }

    private Response answer(HttpServerRequest request, ProblemType type, String detail, List<FieldError> errors) {
        return writer.response(type, detail, errors, request.path(), request.getHeader(RequestIds.HEADER));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** A violated constraint on what a resource returns is our bug, not the caller's. */
    private static boolean isAboutReturnValue(ConstraintViolationException e) {
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String summary(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }

    /**
     * The JSON path of a violated constraint. A body parameter's own name is dropped ({@code create.request.phone}
     * gives {@code phone}); a query or path parameter keeps its name ({@code list.size} gives {@code size}).
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        int parameter = -1;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).getKind() == ElementKind.PARAMETER) {
                parameter = i;
            }
        }
        List<Path.Node> relevant = parameter >= 0 && parameter < nodes.size() - 1
                ? nodes.subList(parameter + 1, nodes.size())
                : parameter >= 0 ? nodes.subList(parameter, nodes.size()) : nodes;
        StringBuilder path = new StringBuilder();
        for (Path.Node node : relevant) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getIndex() != null && path.length() > 0) {
                path.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null && path.length() > 0) {
                path.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    private static String expectedType(JsonMappingException e) {
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
                return "must be a number";
            }
            if (target == Boolean.class || target == boolean.class) {
                return "must be true or false";
            }
            if (target == String.class || CharSequence.class.isAssignableFrom(target)) {
                return "must be a string";
            }
            if (java.time.temporal.Temporal.class.isAssignableFrom(target)) {
                return "must be an ISO-8601 date or time";
            }
            if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
                return "must be an array";
            }
            return "must be an object";
        }
        return "has the wrong type";
    }
}
