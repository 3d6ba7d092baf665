package org.fraudlink.alerts.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

import org.fraudlink.alerts.persistence.WarningEntity;
import org.fraudlink.alerts.persistence.WarningRepository;
import org.fraudlink.platform.audit.AuditTrail;

/**
 * Routes again the warnings that went to the province task force (or nowhere) while registry-service could not
 * name their unit, once it can. Safe with several replicas ({@code FOR UPDATE SKIP LOCKED}).
 */
@ApplicationScoped
public class Rerouting {

    private static final int BATCH = 200;

    @Inject
    WarningRepository warnings;

    @Inject
    WarningService service;

    @Inject
    Dispatcher dispatcher;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Scheduled(every = "${fraudlink.dispatch.reroute-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void rerouteWaiting() {
        rerouteBatch();
    }

    /** Answers how many warnings found their unit. */
    @Transactional
    public int rerouteBatch() {
        Instant now = clock.instant();
        int routed = 0;
        List<WarningEntity> waiting = warnings.claimForRerouting(BATCH);
        for (WarningEntity warning : waiting) {
            Dispatcher.Route route = dispatcher.route(warning.victimRegion);
            if (route.needsRerouting()) {
                continue;
            }
            String from = warning.assignedOrg;
            warning.needsRerouting = false;
            warning.chain = route.chain().toArray(String[]::new);
            warning.escalationLevel = 0;
            if (!route.unit().equals(from)) {
                warning.assignedOrg = route.unit();
                if (warning.status == WarningStatus.UNROUTED) {
                    warning.status = WarningStatus.DISPATCHED;
                }
                service.hop(warning, from, route.unit(), "re-routed: " + route.reason(), now);
                audit.record("warning.reroute", WarningService.RESOURCE, warning.id.toString(), route.reason(),
                        route.unit());
            }
            routed++;
        }
        return routed;
    }
}
