package org.fraudlink.platform.problem;

/** One field of a request that was refused, named by its JSON path ({@code victim.phone}, {@code items[2].kind}). */
public record FieldError(String field, String message) {
}
