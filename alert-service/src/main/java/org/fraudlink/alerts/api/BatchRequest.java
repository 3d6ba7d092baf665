package org.fraudlink.alerts.api;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/warnings/batch}: up to 1,000 leads. Items are read one by one, so a malformed item gets its
 * own problem and spoils none of the others.
 */
public record BatchRequest(
        @Schema(type = SchemaType.ARRAY, implementation = WarningRequest.class, maxItems = 1000,
                description = "leads as for POST /api/v1/warnings")
        @NotNull @Size(min = 1, max = 1000) List<@NotNull JsonNode> items) {
}
