package org.fraudlink.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

import io.vertx.core.http.HttpServerRequest;

/**
 * Every request carries an {@code X-Request-Id}: the caller's (or the gateway's) if it is sane, otherwise a new
 * one. It is echoed, logged (MDC key {@code requestId}) and written into audit records and problems.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    /** Keeps a sane incoming id or replaces it with a new one, on the request itself so every layer reads it. */
    public static String assign(HttpServerRequest request) {
        String incoming = request.getHeader(HEADER);
        String id = incoming != null && SANE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        request.headers().set(HEADER, id);
        return id;
    }

    /** The request id of a request that went through {@link #assign}. */
    public static String of(HttpServerRequest request) {
        return request.getHeader(HEADER);
    }

    /** The request id of the work on this thread, if any. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
