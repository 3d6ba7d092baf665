package org.fraudlink.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.registry.DatabaseProbe;

/** The bootstrap runs at every start: a second run (a restart, another replica) creates and records nothing. */
@QuarkusTest
class BootstrapTest {

    @Inject
    Bootstrap bootstrap;

    @Inject
    DatabaseProbe db;

    @Test
    void runningAgainChangesNothing() {
        long audits = db.count("SELECT count(*) FROM platform.audit_record WHERE detail = 'bootstrap'");
        long events = db.count("SELECT count(*) FROM platform.outbox_event WHERE aggregate_id = 'JMO'");
        bootstrap.run(null);
        bootstrap.run(null);
        assertEquals(1, db.count("SELECT count(*) FROM organisation WHERE code = 'JMO'"));
        assertEquals(1, db.count("SELECT count(*) FROM api_client WHERE client_id = 'test-admin'"
                + " AND roles = 'registry-admin,auditor' AND org_code = 'JMO'"));
        assertEquals(1, db.count("SELECT count(*) FROM api_client WHERE client_id = 'stub-client'"
                + " AND roles = 'service'"));
        assertEquals(audits, db.count("SELECT count(*) FROM platform.audit_record WHERE detail = 'bootstrap'"));
        assertEquals(events, db.count("SELECT count(*) FROM platform.outbox_event WHERE aggregate_id = 'JMO'"));
        assertEquals(3, audits);
    }
}
