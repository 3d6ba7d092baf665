package org.fraudlink.cases.events;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fraudlink.cases.persistence.CaseEntity;
import org.fraudlink.cases.persistence.IdentifierEntity;
import org.fraudlink.platform.events.EventPublisher;

/** What case-service publishes, through the platform outbox in the caller's transaction. */
@ApplicationScoped
public class CaseEvents {

    /** Aggregate type of case events: events of one case reach a subscriber in order. */
    public static final String AGGREGATE = "Case";

    @Inject
    EventPublisher publisher;

    public void identifierConfirmed(CaseEntity fraudCase, IdentifierEntity identifier, Instant confirmedAt) {
        publisher.publish(IdentifierConfirmed.TYPE, AGGREGATE, fraudCase.id.toString(), new IdentifierConfirmed(
                fraudCase.id, fraudCase.number, fraudCase.owningOrg, fraudCase.region, identifier.kind,
                identifier.value, identifier.role, confirmedAt));
    }
}
