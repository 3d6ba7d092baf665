package org.fraudlink.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

import org.fraudlink.platform.security.Caller;
import org.fraudlink.platform.security.CurrentCaller;
import org.fraudlink.platform.web.RequestIds;

/**
 * Writes the audit record of a change in the transaction of the change itself: if the change commits, so does
 * its record. The record holds a SHA-256 digest of the change, never the change's personal data; the sealer
 * chains it afterwards. A transaction's records are collected and written together just before it commits, in one
 * statement batch: a batch of 1,000 warnings made 1,000 round trips to PostgreSQL for its audit records alone.
 */
@ApplicationScoped
public class AuditTrail {

    /** The actor of changes made by the system itself (event consumers, scheduled jobs). */
    public static final String SYSTEM = "system";

    /** The key of a transaction's pending records in the transaction's resources. */
    private static final Object PENDING = new Object();

    private static final String INSERT = """
            INSERT INTO platform.audit_record
                (occurred_at, actor, org, action, resource_type, resource_id, request_id, digest, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /**
     * Records {@code action} on a resource by the current caller (or {@link #SYSTEM} outside a request).
     *
     * @param change what changed; only its digest is stored
     * @param detail a short, non-personal note shown to auditors (may be null)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String resourceType, String resourceId, Object change, String detail) {
        Caller caller = currentCaller();
        write(new AuditEntry(clock.instant(), caller == null ? SYSTEM : caller.subject(),
                caller == null ? null : caller.org(), action, resourceType, resourceId, RequestIds.current(),
                Digests.sha256Hex(canonical(change)), detail));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String resourceType, String resourceId, Object change) {
        record(action, resourceType, resourceId, change, null);
    }

    /** Adds the entry to its transaction's records, written just before the transaction commits. */
    private void write(AuditEntry entry) {
        @SuppressWarnings("unchecked")
        List<AuditEntry> pending = (List<AuditEntry>) transactions.getResource(PENDING);
        if (pending == null) {
            List<AuditEntry> entries = new ArrayList<>();
            transactions.putResource(PENDING, entries);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    insert(entries);
                }

                @Override
                public void afterCompletion(int status) {
                    // written in beforeCompletion, or rolled back with the change
                }
            });
            pending = entries;
        }
        pending.add(entry);
    }

    private void insert(List<AuditEntry> entries) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (AuditEntry entry : entries) {
                insert.setTimestamp(1, Timestamp.from(entry.occurredAt()));
                insert.setString(2, entry.actor());
                insert.setString(3, entry.org());
                insert.setString(4, entry.action());
                insert.setString(5, entry.resourceType());
                insert.setString(6, entry.resourceId());
                insert.setString(7, entry.requestId());
                insert.setString(8, entry.digest());
                insert.setString(9, entry.detail());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            // thrown before commit: the transaction rolls back, the change with its records
            throw new IllegalStateException("the audit records could not be written", e);
        }
    }

    private Caller currentCaller() {
        try {
            return currentCaller.find().orElse(null);
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            return null;
        }
    }

    private byte[] canonical(Object change) {
        try {
            return mapper.writer().with(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writeValueAsBytes(change);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the change could not be digested", e);
        }
    }

    /** The fields of one audit record before it is sealed. */
    record AuditEntry(Instant occurredAt, String actor, String org, String action, String resourceType,
            String resourceId, String requestId, String digest, String detail) {
    }
}
