package org.fraudlink.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads incoming event payloads tolerantly: a publisher may add fields without breaking us (the strict settings
 * are for requests from people, where a typo must not pass).
 */
public final class EventPayloads {

    private EventPayloads() {
    }

    public static <T> T read(ObjectMapper mapper, JsonNode payload, Class<T> type) {
        try {
            return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .treeToValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable " + type.getSimpleName() + " payload: "
                    + e.getOriginalMessage(), e);
        }
    }
}
