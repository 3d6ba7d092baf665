package org.fraudlink.registry.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.fraudlink.platform.db.AfterCommit;
import org.fraudlink.platform.events.EventPublisher;
import org.fraudlink.registry.domain.Directory;
import org.fraudlink.registry.persistence.Organisation;

/**
 * Publishes {@code OrganisationChanged} through the outbox in the change's transaction, and refreshes this
 * replica's directory cache once that transaction committed.
 */
@ApplicationScoped
public class OrganisationEvents {

    @Inject
    EventPublisher publisher;

    @Inject
    AfterCommit afterCommit;

    @Inject
    Directory directory;

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Organisation organisation) {
        publisher.publish(OrganisationChanged.TYPE, OrganisationChanged.AGGREGATE, organisation.code,
                OrganisationChanged.of(organisation));
        // the cache changes only once the change is visible
        afterCommit.run(directory::changed);
    }
}
