package org.fraudlink.platform.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An event as it travels from a service's outbox to a subscriber's {@code POST /internal/events}. The {@code id}
 * is what the subscriber's inbox keys on, so a redelivered event is applied once.
 */
public record EventEnvelope(
        @NotNull UUID id,
        @NotBlank String type,
        @NotBlank String aggregateType,
        @NotBlank String aggregateId,
        @NotNull Instant occurredAt,
        String source,
        @NotNull JsonNode payload) {
}
