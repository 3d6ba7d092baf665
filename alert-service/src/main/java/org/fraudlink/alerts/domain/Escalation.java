package org.fraudlink.alerts.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

import org.fraudlink.alerts.config.SlaConfig;
import org.fraudlink.alerts.persistence.WarningEntity;
import org.fraudlink.alerts.persistence.WarningRepository;
import org.fraudlink.platform.audit.AuditTrail;

/**
 * Sends an overdue warning up the chain — the unit above the one that let it lapse — and gives the new unit the
 * grade's full windows again. At the top of the chain the warning stays with the top unit and is counted again each
 * window. Safe with several replicas: each run claims its rows with {@code FOR UPDATE SKIP LOCKED}. Every breach
 * counts in {@code fraudlink_sla_breaches_total{kind="acknowledge|outcome"}}.
 */
@ApplicationScoped
public class Escalation {

    private static final int BATCH = 200;

    @Inject
    WarningRepository warnings;

    @Inject
    WarningService service;

    @Inject
    SlaConfig sla;

    @Inject
    AuditTrail audit;

    @Inject
    MeterRegistry metrics;

    @Inject
    Clock clock;

    @Scheduled(every = "${fraudlink.sla.check-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "5s")
    void escalateOverdue() {
        while (escalateBatch() == BATCH) {
            // a backlog is worked off now rather than one batch per run
        }
    }

    /** Escalates one batch; answers how many warnings it moved. */
    @Transactional
    public int escalateBatch() {
        Instant now = clock.instant();
        List<WarningEntity> overdue = warnings.claimOverdue(now, BATCH);
        for (WarningEntity warning : overdue) {
            String breach = warning.status == WarningStatus.DISPATCHED ? "acknowledge" : "outcome";
            metrics.counter("fraudlink_sla_breaches_total", "kind", breach).increment();
            String from = warning.assignedOrg;
            int next = warning.escalationLevel + 1;
            if (next < warning.chain.length) {
                warning.escalationLevel = next;
                warning.assignedOrg = warning.chain[next];
            }
            warning.status = WarningStatus.DISPATCHED;
            warning.acknowledgedAt = null;
            warning.dispatchedAt = now;
            warning.ackDueAt = now.plus(sla.acknowledge(warning.grade));
            warning.outcomeDueAt = now.plus(sla.outcome(warning.grade));
            String reason = breach + " overdue at " + from
                    + (from != null && from.equals(warning.assignedOrg) ? " (top of the chain)" : "");
            service.hop(warning, from, warning.assignedOrg, reason, now);
            audit.record("warning.escalate", WarningService.RESOURCE, warning.id.toString(), reason,
                    warning.assignedOrg);
        }
        return overdue.size();
    }
}
