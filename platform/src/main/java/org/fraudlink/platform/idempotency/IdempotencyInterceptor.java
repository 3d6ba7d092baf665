package org.fraudlink.platform.idempotency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;

import org.fraudlink.platform.audit.Digests;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.problem.ProblemType;
import org.fraudlink.platform.security.CurrentCaller;

/** Implements {@link Idempotent}: the key is claimed, the work done and the response stored in one transaction. */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class IdempotencyInterceptor {

    private static final Pattern SANE_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    IdempotencyStore store;

    @Inject
    ObjectMapper mapper;

    @AroundInvoke
    Object around(InvocationContext invocation) throws Exception {
        HttpServerRequest request = currentRequest.getCurrent().request();
        String key = request.getHeader(Idempotent.HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (!SANE_KEY.matcher(key).matches()) {
            throw ProblemException.invalid(Idempotent.HEADER, "must be 1 to 128 visible ASCII characters");
        }
        String caller = currentCaller.get().subject();
        String requestHash = hashOf(request, invocation);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<StoredResponse> first = store.claim(caller, key, requestHash);
            if (first.isPresent()) {
                return replay(first.get(), requestHash);
            }
            Response response = (Response) invocation.proceed();
            store.complete(caller, key, response.getStatus(), render(response.getEntity()),
                    response.getLocation() == null ? null : response.getLocation().toString());
            return response;
        });
    }

    private static Response replay(StoredResponse first, String requestHash) {
        if (!first.requestHash().equals(requestHash)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request; use a new key");
        }
        Response.ResponseBuilder replay = Response.status(first.status())
                .header(Idempotent.REPLAYED_HEADER, "true");
        if (first.body() != null) {
            replay.entity(first.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (first.location() != null) {
            replay.header(HttpHeaders.LOCATION, first.location());
        }
        return replay.build();
    }

    /** The method, the path and every argument that is request data (the body, path and query parameters). */
    private String hashOf(HttpServerRequest request, InvocationContext invocation) throws JsonProcessingException {
        List<Object> parts = new ArrayList<>();
        parts.add(request.method().name());
        parts.add(request.path());
        for (Object argument : invocation.getParameters()) {
            if (argument == null || isRequestData(argument)) {
                parts.add(argument);
            }
        }
        return Digests.sha256Hex(mapper.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValueAsBytes(parts));
    }

    private static boolean isRequestData(Object argument) {
        String name = argument.getClass().getName();
        return !(name.startsWith("jakarta.") || name.startsWith("io.vertx.") || name.startsWith("org.jboss.")
                || name.startsWith("io.quarkus."));
    }

    private String render(Object entity) throws JsonProcessingException {
        if (entity == null) {
            return null;
        }
        return entity instanceof String text ? text : mapper.writeValueAsString(entity);
    }
}
