package org.fraudlink.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.platform.db.AfterCommit;

/** Work registered with AfterCommit runs after a commit, never after a rollback, and never before the end. */
@QuarkusTest
class AfterCommitTest {

    @Inject
    AfterCommit afterCommit;

    @Test
    void runsOnceTheTransactionHasCommitted() {
        List<String> done = new CopyOnWriteArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            afterCommit.run(() -> done.add("committed"));
            assertEquals(List.of(), done, "not before the transaction ends");
        });
        assertEquals(List.of("committed"), done);
    }

    @Test
    void doesNotRunWhenTheTransactionRollsBack() {
        List<String> done = new CopyOnWriteArrayList<>();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            afterCommit.run(() -> done.add("committed"));
            throw new IllegalStateException("the work failed");
        }));
        assertEquals(List.of(), done);
    }

    @Test
    void needsATransaction() {
        assertThrows(IllegalStateException.class, () -> afterCommit.run(() -> { }));
    }
}
