package org.fraudlink.platform.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a creating POST that honours an {@code Idempotency-Key} header: a replay with the same key and body answers
 * the first response; the same key with another body answers 422. The method must return a JAX-RS
 * {@code Response}; the work, the key and the stored response commit in one transaction.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    String HEADER = "Idempotency-Key";
    String REPLAYED_HEADER = "Idempotency-Replayed";
}
