package org.fraudlink.gateway.routing;

import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.core.http.HttpServerRequest;

/**
 * The request id: the caller's {@code X-Request-Id} if it is sane (the same rule as the services'), otherwise a
 * new one. It is set on the request, so the service receives it, and echoed to the caller.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    static String assign(HttpServerRequest request) {
        String incoming = request.getHeader(HEADER);
        String id = incoming != null && SANE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        request.headers().set(HEADER, id);
        return id;
    }

    public static String of(HttpServerRequest request) {
        return request.getHeader(HEADER);
    }
}
