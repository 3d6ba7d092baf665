package org.fraudlink.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;

import org.fraudlink.platform.db.PlatformSchema;

/**
 * Chains committed audit records in the order they became visible. Runs every second in every replica; a
 * transaction-scoped advisory lock lets only one of them seal at a time, so the chain never forks.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);
    private static final long LOCK_KEY = 0x4155444954L; // "AUDIT"
    private static final int BATCH = 1_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PlatformSchema schema;

    @Scheduled(every = "${fraudlink.audit.seal-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sealPeriodically() {
        if (!schema.isReady()) {
            return;
        }
        try {
            while (sealBatch() == BATCH) {
                LOG.debug("sealed a full batch of audit records, continuing");
            }
        } catch (SQLException e) {
            LOG.warn("audit sealing failed; it will be retried", e);
        }
    }

    /** Seals every record visible now; answers how many it sealed. */
    public int sealPending() throws SQLException {
        int total = 0;
        int sealed;
        do {
            sealed = sealBatch();
            total += sealed;
        } while (sealed == BATCH);
        return total;
    }

    private int sealBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int sealed = sealBatch(connection);
                connection.commit();
                return sealed;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private int sealBatch(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet locked = lock.executeQuery()) {
                locked.next();
                if (!locked.getBoolean(1)) {
                    return 0;
                }
            }
        }
        long position;
        String hash;
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT chain_pos, hash FROM platform.audit_head FOR UPDATE");
                ResultSet row = head.executeQuery()) {
            row.next();
            position = row.getLong(1);
            hash = row.getString(2);
        }
        List<AuditRecord> pending = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + AuditRecord.COLUMNS
                + " FROM platform.audit_record WHERE chain_pos IS NULL ORDER BY id LIMIT " + BATCH);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                pending.add(AuditRecord.read(rows));
            }
        }
        if (pending.isEmpty()) {
            return 0;
        }
        try (PreparedStatement seal = connection.prepareStatement(
                "UPDATE platform.audit_record SET chain_pos = ?, prev_hash = ?, hash = ? WHERE id = ?")) {
            for (AuditRecord record : pending) {
                position++;
                String sealed = record.sealWith(position, hash);
                seal.setLong(1, position);
                seal.setString(2, hash);
                seal.setString(3, sealed);
                seal.setLong(4, record.id());
                seal.addBatch();
                hash = sealed;
            }
            seal.executeBatch();
        }
        try (PreparedStatement head = connection.prepareStatement(
                "UPDATE platform.audit_head SET chain_pos = ?, hash = ?")) {
            head.setLong(1, position);
            head.setString(2, hash);
            head.executeUpdate();
        }
        return pending.size();
    }
}
