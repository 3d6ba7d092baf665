package org.fraudlink.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.fraudlink.platform.problem.FieldError;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.problem.ProblemType;
import org.fraudlink.platform.security.Divisions;

/**
 * Parses query parameters by hand, so a bad one answers a 400 naming it (JAX-RS would answer 404 for a query
 * parameter it cannot convert). Shared by every service's list, search and statistics endpoints.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
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

    public static LocalDate date(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an ISO-8601 date (2026-03-01)");
        }
    }

    public static BigDecimal money(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a number");
        }
        if (amount.signum() < 0) {
            throw ProblemException.invalid(name, "must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw ProblemException.invalid(name, "must have at most two fraction digits");
        }
        return amount;
    }

    public static String region(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!Divisions.exists(value)) {
            throw ProblemException.invalid(name, "is not a GB/T 2260 region code");
        }
        return value;
    }

    public static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.invalid("to", "must be after from");
        }
    }
}
