package org.fraudlink.platform;

import static io.restassured.RestAssured.given;
import static org.fraudlink.platform.fixture.Fixtures.asOfficer;
import static org.fraudlink.platform.fixture.Fixtures.uniqueName;
import static org.fraudlink.platform.fixture.Fixtures.widgetJson;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.platform.audit.AuditSealer;
import org.fraudlink.platform.audit.AuditVerification;
import org.fraudlink.platform.audit.AuditVerifier;
import org.fraudlink.platform.testing.TestTokens;

/** Every write leaves a chained audit record, and tampering with the chain by SQL is found. */
@QuarkusTest
class AuditChainTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditSealer sealer;

    @Inject
    AuditVerifier verifier;

    @BeforeEach
    void writeSomeRecords() throws Exception {
        for (int i = 0; i < 3; i++) {
            asOfficer().header("X-Request-Id", "audit-" + i).body(widgetJson(uniqueName())).post("/widgets")
                    .then().statusCode(201);
        }
        sealer.sealPending();
    }

    @Test
    void writesAreAuditedWithWhoWhatAndRequest() {
        given().header("Authorization", TestTokens.auditor().bearer())
                .queryParam("action", "widget.create").queryParam("size", 500)
                .get("/api/v1/audit/fixture")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(3))
                .body("items.find { it.requestId == 'audit-2' }.actor", equalTo("officer-1"))
                .body("items.find { it.requestId == 'audit-2' }.org", equalTo("HOHHOT-PSB"))
                .body("items.find { it.requestId == 'audit-2' }.resourceType", equalTo("Widget"));
    }

    @Test
    void intactChainVerifies() {
        given().header("Authorization", TestTokens.auditor().bearer()).get("/api/v1/audit/fixture/verify")
                .then().statusCode(200).body("valid", equalTo(true)).body("checked", greaterThanOrEqualTo(3));
    }

    @Test
    void chainVerifiesWhileRecordsAreBeingSealed() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            while (writing.get()) {
                asOfficer().body(widgetJson(uniqueName())).post("/widgets").then().statusCode(201);
                try {
                    sealer.sealPending();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        writer.start();
        try {
            for (int i = 0; i < 150; i++) {
                AuditVerification verification = verifier.verify();
                assertTrue(verification.valid(), () -> "verification " + verification.firstBroken());
            }
        } finally {
            writing.set(false);
            writer.join();
        }
    }

    @Test
    void onlyAuditorsReadTheTrail() {
        asOfficer().get("/api/v1/audit/fixture").then().statusCode(403);
        given().get("/api/v1/audit/fixture/verify").then().statusCode(401);
    }

    @Test
    void changedRecordIsFound() throws Exception {
        long id = recordAt(2);
        execute("UPDATE platform.audit_record SET actor = 'someone-else' WHERE id = " + id);
        try {
            AuditVerification verification = verifier.verify();
            assertFalse(verification.valid());
            assertEquals(id, verification.firstBroken().recordId());
        } finally {
            execute("UPDATE platform.audit_record SET actor = 'officer-1' WHERE id = " + id);
        }
        assertTrue(verifier.verify().valid());
    }

    @Test
    void deletedRecordIsFound() throws Exception {
        long id = recordAt(2);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS public.audit_saved AS SELECT * FROM platform.audit_record"
                    + " WHERE false");
            statement.execute("DELETE FROM public.audit_saved");
            statement.execute("INSERT INTO public.audit_saved SELECT * FROM platform.audit_record WHERE id = " + id);
            statement.execute("DELETE FROM platform.audit_record WHERE id = " + id);
        }
        try {
            AuditVerification verification = verifier.verify();
            assertFalse(verification.valid());
            assertEquals(2, verification.firstBroken().chainPos());
        } finally {
            execute("INSERT INTO platform.audit_record SELECT * FROM public.audit_saved");
        }
        assertTrue(verifier.verify().valid());
    }

    @Test
    void reorderedRecordsAreFound() throws Exception {
        long second = recordAt(2);
        long third = recordAt(3);
        swapPositions(second, third);
        try {
            AuditVerification verification = verifier.verify();
            assertFalse(verification.valid());
            assertNotNull(verification.firstBroken());
            assertEquals(2, verification.firstBroken().chainPos());
        } finally {
            swapPositions(second, third);
        }
        assertTrue(verifier.verify().valid());
    }

    @Test
    void recordsCutOffTheEndAreFound() throws Exception {
        execute("UPDATE platform.audit_head SET chain_pos = chain_pos + 1");
        try {
            assertFalse(verifier.verify().valid());
        } finally {
            execute("UPDATE platform.audit_head SET chain_pos = chain_pos - 1");
        }
        assertTrue(verifier.verify().valid());
    }

    private void swapPositions(long a, long b) throws Exception {
        long positionOfA = positionOf(a);
        long positionOfB = positionOf(b);
        execute("UPDATE platform.audit_record SET chain_pos = -1 WHERE id = " + a);
        execute("UPDATE platform.audit_record SET chain_pos = " + positionOfA + " WHERE id = " + b);
        execute("UPDATE platform.audit_record SET chain_pos = " + positionOfB + " WHERE id = " + a);
    }

    private long positionOf(long id) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT chain_pos FROM platform.audit_record WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * The record at {@code position}, once sealed: the scheduled sealer may hold the chain's lock when the test's own
     * {@code sealPending()} runs, so the test waits for the chain to reach it (a busy machine can take seconds).
     */
    private long recordAt(long position) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement select = connection.prepareStatement(
                            "SELECT id FROM platform.audit_record WHERE chain_pos = ?")) {
                select.setLong(1, position);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        return row.getLong(1);
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no audit record sealed at chain position " + position);
            }
            Thread.sleep(100);
            sealer.sealPending();
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
