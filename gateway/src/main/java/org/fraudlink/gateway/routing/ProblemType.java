package org.fraudlink.gateway.routing;

import java.util.Locale;

/**
 * The problems the gateway itself answers, with the same {@code type} URIs, statuses and titles as the platform's
 * (docs/problems.md); the gateway has no database and so does not depend on the platform library.
 */
public enum ProblemType {
    VALIDATION(400, "The request is invalid"),
    MALFORMED_JSON(400, "The body is not well-formed JSON"),
    UNAUTHORIZED(401, "A valid bearer token is required"),
    FORBIDDEN(403, "The caller's roles do not allow this"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "No acceptable representation"),
    TOO_LARGE(413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
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

    /** The problem for a status a framework chose; 400 for any other client error. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_JSON) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }

    public String uri() {
        return BASE + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
