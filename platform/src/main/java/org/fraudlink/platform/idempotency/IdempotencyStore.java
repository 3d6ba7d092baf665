package org.fraudlink.platform.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;

import org.fraudlink.platform.db.PlatformSchema;

/** Idempotency keys per caller, with the response they produced; kept for a retention period (default 24 h). */
@ApplicationScoped
public class IdempotencyStore {

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PlatformSchema schema;

    @Inject
    Clock clock;

    @ConfigProperty(name = "fraudlink.idempotency.retention", defaultValue = "PT24H")
    Duration retention;

    /**
     * Claims the key in the current transaction. Answers empty when the key is new (the caller goes on with the
     * work), or the stored response of the committed request that used it first. A concurrent request with the
     * same key waits here until the first one commits or rolls back.
     */
    Optional<StoredResponse> claim(String caller, String key, String requestHash) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO platform.idempotency_key (caller, key, request_hash) VALUES (?, ?, ?)
                    ON CONFLICT DO NOTHING""")) {
                insert.setString(1, caller);
                insert.setString(2, key);
                insert.setString(3, requestHash);
                if (insert.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT request_hash, status, body, location FROM platform.idempotency_key"
                            + " WHERE caller = ? AND key = ?")) {
                select.setString(1, caller);
                select.setString(2, key);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return Optional.of(new StoredResponse(row.getString(1), row.getInt(2), row.getString(3),
                            row.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the idempotency key could not be claimed", e);
        }
    }

    void complete(String caller, String key, int status, String body, String location) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE platform.idempotency_key SET status = ?, body = ?, location = ?"
                                + " WHERE caller = ? AND key = ?")) {
            update.setInt(1, status);
            update.setString(2, body);
            update.setString(3, location);
            update.setString(4, caller);
            update.setString(5, key);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the idempotent response could not be stored", e);
        }
    }

    /** Forgets keys past retention; a plain delete, so every replica may run it. */
    @Scheduled(every = "1h", delayed = "1m")
    void forgetExpired() {
        if (!schema.isReady()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM platform.idempotency_key WHERE created_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(clock.instant().minus(retention)));
            int forgotten = delete.executeUpdate();
            LOG.debugf("forgot %d expired idempotency keys", forgotten);
        } catch (SQLException e) {
            LOG.warn("expired idempotency keys could not be deleted; retrying later", e);
        }
    }
}
