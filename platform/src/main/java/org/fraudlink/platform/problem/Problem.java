package org.fraudlink.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem document, with the request id and the list of refused fields. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<FieldError> errors) {

    public static Problem of(ProblemType type, String detail, List<FieldError> errors, String instance,
            String requestId) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, requestId,
                errors == null ? List.of() : List.copyOf(errors));
    }
}
