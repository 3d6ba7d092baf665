package org.fraudlink.platform.problem;

import java.util.List;

/**
 * A refusal that the caller should see as a problem document. Domain code throws it through the factories
 * below; the mapper turns it into the response.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** 404: also the answer for objects outside the caller's scope, so their existence does not leak. */
    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " not found");
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new FieldError(field, message)));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException illegalTransition(String detail) {
        return new ProblemException(ProblemType.ILLEGAL_TRANSITION, detail);
    }

    public static ProblemException duplicate(String detail) {
        return new ProblemException(ProblemType.DUPLICATE, detail);
    }

    public static ProblemException versionConflict(String what) {
        return new ProblemException(ProblemType.VERSION_CONFLICT,
                what + " was changed since you read it; read it again and retry");
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(ProblemType.UNPROCESSABLE, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(ProblemType.UNAVAILABLE, detail);
    }
}
