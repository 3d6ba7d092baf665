package org.fraudlink.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

/**
 * Walks the sealed chain in order and recomputes every link, so that a record changed, deleted or reordered by
 * hand (even with direct SQL) is found; the head row catches records cut off the end.
 */
@ApplicationScoped
public class AuditVerifier {

    private static final int FETCH = 1_000;

    @Inject
    AgroalDataSource dataSource;

    public AuditVerification verify() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // lets the driver stream the chain with a cursor
            connection.setReadOnly(true);
            // one snapshot for the chain and its head: under READ COMMITTED a seal committed between the two reads
            // moved the head past the chain just read, and an intact trail was reported broken
            int isolation = connection.getTransactionIsolation();
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return verify(connection);
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the audit chain could not be read", e);
        }
    }

    private AuditVerification verify(Connection connection) throws SQLException {
        long unsealed = count(connection, "SELECT count(*) FROM platform.audit_record WHERE chain_pos IS NULL");
        long expectedPosition = 1;
        String previousHash = "GENESIS";
        long checked = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT " + AuditRecord.COLUMNS
                + " FROM platform.audit_record WHERE chain_pos IS NOT NULL ORDER BY chain_pos")) {
            select.setFetchSize(FETCH);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    AuditRecord record = AuditRecord.read(rows);
                    String reason = brokenReason(record, expectedPosition, previousHash);
                    if (reason != null) {
                        return broken(checked, unsealed, record.id(), expectedPosition, reason);
                    }
                    checked++;
                    expectedPosition++;
                    previousHash = record.hash();
                }
            }
        }
        try (PreparedStatement head = connection.prepareStatement(
                "SELECT chain_pos, hash FROM platform.audit_head");
                ResultSet row = head.executeQuery()) {
            row.next();
            if (row.getLong(1) != expectedPosition - 1 || !row.getString(2).equals(previousHash)) {
                return broken(checked, unsealed, null, expectedPosition,
                        "the chain ends before its recorded head at position " + row.getLong(1)
                                + ": records were deleted from its end");
            }
        }
        return new AuditVerification(true, checked, unsealed, null);
    }

    private static String brokenReason(AuditRecord record, long expectedPosition, String previousHash) {
        if (record.chainPos() != expectedPosition) {
            return "position " + expectedPosition + " is missing: a record was deleted or moved";
        }
        if (!previousHash.equals(record.prevHash())) {
            return "the link to the previous record does not match: a record before it was deleted or reordered";
        }
        if (!record.sealWith(expectedPosition, previousHash).equals(record.hash())) {
            return "the record's content does not match its seal: it was changed";
        }
        return null;
    }

    private static AuditVerification broken(long checked, long unsealed, Long recordId, long position,
            String reason) {
        return new AuditVerification(false, checked, unsealed,
                new AuditVerification.BrokenLink(recordId, position, reason));
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
