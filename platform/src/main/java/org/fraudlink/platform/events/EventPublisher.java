package org.fraudlink.platform.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.sql.Timestamp;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

import org.fraudlink.platform.db.AfterCommit;
import org.fraudlink.platform.web.RequestIds;

/**
 * Publishes an event by writing it to the outbox in the caller's transaction, with one delivery row per
 * subscriber of its type: the event exists exactly when the change that caused it committed. The relay is woken
 * right after the commit.
 */
@ApplicationScoped
public class EventPublisher {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EventsConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    AfterCommit afterCommit;

    @Inject
    OutboxRelay relay;

    /**
     * @param type the event type of the contract, e.g. {@code IdentifierConfirmed}
     * @param aggregateType what the event is about, e.g. {@code Case}
     * @param aggregateId which one; events of one aggregate reach each subscriber in the order published
     * @param payload serialised as JSON
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String type, String aggregateType, String aggregateId, Object payload) {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            long seq = insertEvent(connection, id, type, aggregateType, aggregateId, payload);
            insertDeliveries(connection, seq, type, aggregateType + ":" + aggregateId);
        } catch (SQLException e) {
            throw new IllegalStateException("the event could not be written to the outbox", e);
        }
        // start a relay run as soon as the publishing transaction committed, so events do not wait for the timer
        afterCommit.run(relay::wakeUp);
        return id;
    }

    private long insertEvent(Connection connection, UUID id, String type, String aggregateType, String aggregateId,
            Object payload) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO platform.outbox_event (id, type, aggregate_type, aggregate_id, payload, request_id,
                    created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING seq""")) {
            insert.setObject(1, id);
            insert.setString(2, type);
            insert.setString(3, aggregateType);
            insert.setString(4, aggregateId);
            insert.setString(5, json(payload));
            insert.setString(6, RequestIds.current());
            insert.setTimestamp(7, Timestamp.from(clock.instant()));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private void insertDeliveries(Connection connection, long seq, String type, String aggregateKey)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO platform.outbox_delivery (event_seq, subscriber, aggregate_key) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, EventsConfig.Subscriber> subscriber : config.subscribers().entrySet()) {
                if (subscriber.getValue().types().contains(type)) {
                    insert.setLong(1, seq);
                    insert.setString(2, subscriber.getKey());
                    insert.setString(3, aggregateKey);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private String json(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the event payload cannot be written as JSON", e);
        }
    }
}
