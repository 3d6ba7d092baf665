package org.fraudlink.platform.problem;

import java.util.Locale;

/**
 * Every kind of problem fraudlink answers, with its HTTP status and title. The {@code type} URI of a problem is
 * {@value #BASE} followed by the lowercase, dashed name (e.g. {@code .../unknown-field}); docs/problems.md
 * explains each.
 */
public enum ProblemType {
    VALIDATION(400, "The request is invalid"),
    MALFORMED_JSON(400, "The body is not well-formed JSON"),
    WRONG_TYPE(400, "A value has the wrong type"),
    UNKNOWN_FIELD(400, "The body has a field this endpoint does not accept"),
    UNKNOWN_VALUE(400, "A value is not one of the allowed ones"),
    UNAUTHORIZED(401, "A valid bearer token is required"),
    FORBIDDEN(403, "The caller's roles do not allow this"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "No acceptable representation"),
    CONFLICT(409, "The request conflicts with the current state"),
    VERSION_CONFLICT(409, "The resource was changed by someone else"),
    ILLEGAL_TRANSITION(409, "The state change is not allowed"),
    DUPLICATE(409, "The resource already exists"),
    TOO_LARGE(413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "The Idempotency-Key was used for a different request"),
    UNPROCESSABLE(422, "The request cannot be processed"),
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

    /** The general problem for a status a framework chose (the gateway's); 400 for any other client error. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> UNAVAILABLE;
            case 504 -> TIMEOUT;
            default -> status >= 500 ? INTERNAL : VALIDATION;
        };
    }

    public String uri() {
        return BASE + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
