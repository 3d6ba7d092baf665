package org.fraudlink.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bucket's arithmetic, on a clock the test moves. */
class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void burstUpToCapacityThenWaitForRefill() {
        TokenBucket bucket = new TokenBucket(3, 0.5, 0);
        assertEquals(0, bucket.take(0));
        assertEquals(0, bucket.take(0));
        assertEquals(0, bucket.take(0));
        assertEquals(2, bucket.take(0));
        assertEquals(1, bucket.take(SECOND));
        assertEquals(0, bucket.take(2 * SECOND));
        assertFalse(bucket.isFull(2 * SECOND));
        assertTrue(bucket.isFull(100 * SECOND));
    }

    @Test
    void refillNeverExceedsCapacity() {
        TokenBucket bucket = new TokenBucket(2, 100, 0);
        bucket.take(0);
        for (int i = 0; i < 2; i++) {
            assertEquals(0, bucket.take(1000 * SECOND));
        }
        assertEquals(1, bucket.take(1000 * SECOND));
    }
}
