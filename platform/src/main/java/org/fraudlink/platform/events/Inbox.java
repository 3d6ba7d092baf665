package org.fraudlink.platform.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;

/**
 * Applies each incoming event once: its id goes into the inbox in the same transaction as the handlers' effect.
 * A redelivery (or a concurrent second delivery, which waits on the first) finds the id and changes nothing.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    @Any
    Instance<EventHandler> handlers;

    /** Answers whether the event was applied now ({@code false}: it had been applied before). */
    @Transactional
    public boolean accept(EventEnvelope event) {
        if (!recordFirstSighting(event)) {
            LOG.debugf("event %s (%s) was applied before; ignoring the redelivery", event.id(), event.type());
            return false;
        }
        boolean handled = false;
        for (EventHandler handler : handlers) {
            if (handler.type().equals(event.type())) {
                handler.handle(event);
                handled = true;
            }
        }
        if (!handled) {
            LOG.debugf("no handler for event type %s; recorded and acknowledged", event.type());
        }
        return true;
    }

    private boolean recordFirstSighting(EventEnvelope event) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO platform.inbox_event (event_id, type, source) VALUES (?, ?, ?)"
                                + " ON CONFLICT DO NOTHING")) {
            insert.setObject(1, event.id());
            insert.setString(2, event.type());
            insert.setString(3, event.source());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("the inbox could not be written", e);
        }
    }
}
