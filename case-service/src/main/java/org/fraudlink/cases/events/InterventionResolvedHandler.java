package org.fraudlink.cases.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.fraudlink.cases.domain.EventEffects;
import org.fraudlink.cases.domain.InterventionOutcome;
import org.fraudlink.platform.events.EventEnvelope;
import org.fraudlink.platform.events.EventHandler;
import org.fraudlink.platform.events.EventPayloads;

/** {@code InterventionResolved} from alert-service: an executed order's secured amount goes to its case. */
@ApplicationScoped
public class InterventionResolvedHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(InterventionResolvedHandler.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    EventEffects effects;

    /** The payload fields case-service uses (docs/events.md). */
    record Payload(UUID interventionId, String kind, String caseNumber, String result, BigDecimal amountSecured,
            Instant resolvedAt) {
    }

    @Override
    public String type() {
        return "InterventionResolved";
    }

    @Override
    public void handle(EventEnvelope event) {
        Payload p;
        try {
            p = EventPayloads.read(mapper, event.payload(), Payload.class);
        } catch (IllegalArgumentException e) {
            LOG.errorf("event %s ignored: %s", event.id(), e.getMessage());
            return;
        }
        if (p.interventionId() == null || p.caseNumber() == null || p.result() == null || p.resolvedAt() == null
                || (p.amountSecured() != null && p.amountSecured().signum() < 0)) {
            LOG.errorf("event %s ignored: interventionId, caseNumber, result and resolvedAt are required and the"
                    + " amount must not be negative", event.id());
            return;
        }
        effects.recordIntervention(new InterventionOutcome(p.interventionId(), String.valueOf(p.kind()),
                p.caseNumber(), p.result(), p.amountSecured(), p.resolvedAt()));
    }
}
