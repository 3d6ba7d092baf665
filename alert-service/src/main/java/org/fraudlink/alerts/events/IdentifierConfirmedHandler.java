package org.fraudlink.alerts.events;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.fraudlink.alerts.domain.Flags;
import org.fraudlink.alerts.domain.WarningService;
import org.fraudlink.platform.events.EventEnvelope;
import org.fraudlink.platform.events.EventHandler;
import org.fraudlink.platform.identifiers.IdentifierKind;
import org.fraudlink.platform.identifiers.Identifiers;
import org.fraudlink.platform.events.EventPayloads;

/** {@code IdentifierConfirmed} from case-service: flag the identifier and raise open warnings naming it to HIGH. */
@ApplicationScoped
public class IdentifierConfirmedHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(IdentifierConfirmedHandler.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    Flags flags;

    @Inject
    WarningService warnings;

    /** The payload fields alert-service uses (docs/events.md). */
    record Payload(String caseNumber, String kind, String value, Instant confirmedAt) {
    }

    @Override
    public String type() {
        return "IdentifierConfirmed";
    }

    @Override
    public void handle(EventEnvelope event) {
        Payload p;
        IdentifierKind kind;
        String value;
        try {
            p = EventPayloads.read(mapper, event.payload(), Payload.class);
            kind = IdentifierKind.valueOf(String.valueOf(p.kind()));
            value = Identifiers.normalise(kind, p.value());
        } catch (IllegalArgumentException e) {
            LOG.errorf("event %s ignored: %s", event.id(), e.getMessage());
            return;
        }
        if (p.caseNumber() == null || p.confirmedAt() == null) {
            LOG.errorf("event %s ignored: caseNumber and confirmedAt are required", event.id());
            return;
        }
        warnings.raiseNaming(flags.confirm(kind.name(), value, p.caseNumber(), p.confirmedAt()));
    }
}
