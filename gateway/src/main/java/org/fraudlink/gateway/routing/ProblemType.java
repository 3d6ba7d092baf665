package org.fraudlink.gateway.routing;

import java.util.Locale;

/**
 * The problems the gateway itself answers, with the same {@code type} URIs, statuses and titles as the platform's
 * (docs/problems.md); the gateway has no database and so does not depend on the platform library.
 */
public enum ProblemType {
    VALIDATION(400, "The request is invalid"),
    UNAUTHORIZED(401, "A valid bearer token is required"),
    FORBIDDEN(403, "The caller's roles do not allow this"),
    NOT_FOUND(404, "Not found"),
    TOO_LARGE(413, "The request body is too large"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL(500, "Internal error"),
    UNAVAILABLE(503, "A service needed for this request is unavailable"),
    TIMEOUT(504, "A service needed for this request did not answer in time");

    public static final String BASE = "https://fraudlink.org/problems/";
    public static final String MEDIA_TYPE = "application/problem+json";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return BASE + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
