package org.fraudlink.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** How long a verified token is remembered, and what happens when too many are. */
class TokenMemoryTest {

    private static final long NOW = 1_800_000_000_000L;
    private static final long AN_HOUR_ON = NOW / 1000 + 3600;

    private final TokenMemory<String> memory = new TokenMemory<>();

    @Test
    void aTokenIsRememberedForAMinuteAtMost() {
        memory.remember("t", "caller", AN_HOUR_ON, NOW);
        assertEquals("caller", memory.get("t", NOW + 59_999));
        assertNull(memory.get("t", NOW + 60_000), "checked again after a minute, though valid for an hour");
    }

    @Test
    void aTokenIsNeverRememberedPastItsOwnExpiry() {
        long expiresInTenSeconds = NOW / 1000 + 10;
        memory.remember("t", "caller", expiresInTenSeconds, NOW);
        assertEquals("caller", memory.get("t", NOW + 9_999));
        assertNull(memory.get("t", NOW + 10_000));
    }

    @Test
    void anUnknownTokenIsNotRemembered() {
        memory.remember("t", "caller", AN_HOUR_ON, NOW);
        assertNull(memory.get("t2", NOW));
    }

    @Test
    void whenFullTheOutdatedGoFirstAndTheMemoryNeverGrowsPastItsBound() {
        for (int i = 0; i < 9_999; i++) {
            memory.remember("old-" + i, "old", NOW / 1000 + 1, NOW);
        }
        memory.remember("fresh", "fresh", AN_HOUR_ON, NOW);
        memory.remember("newer", "newer", AN_HOUR_ON, NOW + 2_000);
        assertEquals("fresh", memory.get("fresh", NOW + 2_000), "the outdated made room; the valid one stayed");
        assertEquals("newer", memory.get("newer", NOW + 2_000));

        for (int i = 0; i < 10_000; i++) {
            memory.remember("valid-" + i, "valid", AN_HOUR_ON, NOW + 3_000);
        }
        memory.remember("last", "last", AN_HOUR_ON, NOW + 3_000);
        assertEquals("last", memory.get("last", NOW + 3_000));
        assertNull(memory.get("valid-0", NOW + 3_000), "full of valid tokens, it starts afresh rather than grow");
    }
}
