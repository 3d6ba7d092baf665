package org.fraudlink.registry.api;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.fraudlink.platform.problem.FieldError;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.problem.ProblemType;

/** Parses query parameters so a bad value answers a problem naming the parameter (JAX-RS would answer 404). */
final class QueryParams {

    private QueryParams() {
    }

    static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new ProblemException(ProblemType.UNKNOWN_VALUE, name + ": must be one of " + allowed,
                    List.of(new FieldError(name, "must be one of " + allowed)));
        }
    }
}
