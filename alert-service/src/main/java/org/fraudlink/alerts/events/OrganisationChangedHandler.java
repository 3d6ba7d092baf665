package org.fraudlink.alerts.events;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.fraudlink.alerts.client.Jurisdictions;
import org.fraudlink.alerts.client.RegistryApi;
import org.fraudlink.alerts.domain.Organisations;
import org.fraudlink.platform.events.EventEnvelope;
import org.fraudlink.platform.events.EventHandler;
import org.fraudlink.platform.events.EventPayloads;

/**
 * {@code OrganisationChanged} from registry-service: a suspended organisation gets no dispatch and no order, and its
 * tokens are refused; the cached jurisdictions are forgotten, since a unit may have appeared or gone.
 */
@ApplicationScoped
public class OrganisationChangedHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(OrganisationChangedHandler.class);

    @Inject
    ObjectMapper mapper;

    @Inject
    Organisations organisations;

    @Inject
    Jurisdictions jurisdictions;

    /** The payload fields alert-service uses (docs/events.md). */
    record Payload(String code, String name, String type, String region, String parentCode, String status,
            Instant changedAt) {
    }

    @Override
    public String type() {
        return "OrganisationChanged";
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
        if (p.code() == null || p.type() == null || p.region() == null || p.status() == null) {
            LOG.errorf("event %s ignored: code, type, region and status are required", event.id());
            return;
        }
        organisations.apply(new RegistryApi.Organisation(p.code(), p.name(), p.type(), p.region(), p.status(),
                p.parentCode()), p.changedAt() == null ? event.occurredAt() : p.changedAt());
        jurisdictions.forget();
    }
}
