package org.fraudlink.cases.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.fraudlink.cases.domain.EventEffects;
import org.fraudlink.cases.domain.WarningCase;
import org.fraudlink.platform.events.EventEnvelope;
import org.fraudlink.platform.events.EventHandler;
import org.fraudlink.platform.identifiers.IdentifierKind;
import org.fraudlink.platform.events.EventPayloads;

/** {@code WarningOutcomeRecorded} from alert-service: an ALREADY_DEFRAUDED victim gets a REPORTED case. */
@ApplicationScoped
public class WarningOutcomeRecordedHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(WarningOutcomeRecordedHandler.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    EventEffects effects;

    /** The payload fields case-service uses (docs/events.md). */
    record Payload(UUID warningId, String externalId, String assignedOrg, String result, Instant recordedAt,
            Victim victim, List<Indicator> indicators) {
    }

    record Victim(String region) {
    }

    record Indicator(IdentifierKind kind, String value) {
    }

    @Override
    public String type() {
        return "WarningOutcomeRecorded";
    }

    @Override
    public void handle(EventEnvelope event) {
        Payload payload;
        try {
            payload = EventPayloads.read(mapper, event.payload(), Payload.class);
        } catch (IllegalArgumentException e) {
            // retrying cannot make it readable; the inbox keeps the event id for the record
            LOG.errorf("event %s ignored: %s", event.id(), e.getMessage());
            return;
        }
        if (!"ALREADY_DEFRAUDED".equals(payload.result())) {
            return;
        }
        if (payload.warningId() == null || payload.assignedOrg() == null || payload.recordedAt() == null
                || payload.victim() == null) {
            LOG.errorf("event %s ignored: warningId, assignedOrg, recordedAt and victim are required", event.id());
            return;
        }
        List<WarningCase.Indicator> indicators = payload.indicators() == null ? List.of()
                : payload.indicators().stream().filter(i -> i != null && i.kind() != null && i.value() != null)
                        .map(i -> new WarningCase.Indicator(i.kind(), i.value())).toList();
        effects.openFromWarning(new WarningCase(payload.warningId(), payload.externalId(), payload.assignedOrg(),
                payload.victim().region(), payload.recordedAt(), indicators));
    }
}
