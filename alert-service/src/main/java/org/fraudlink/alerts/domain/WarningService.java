package org.fraudlink.alerts.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.fraudlink.alerts.config.SlaConfig;
import org.fraudlink.alerts.events.AlertEvents;
import org.fraudlink.alerts.persistence.FlagEntity;
import org.fraudlink.alerts.persistence.HopEntity;
import org.fraudlink.alerts.persistence.IndicatorEntity;
import org.fraudlink.alerts.persistence.WarningEntity;
import org.fraudlink.alerts.persistence.WarningRepository;
import org.fraudlink.platform.audit.AuditTrail;
import org.fraudlink.platform.identifiers.IdentifierKind;
import org.fraudlink.platform.identifiers.Identifiers;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.security.Caller;
import org.fraudlink.platform.security.Divisions;
import org.fraudlink.platform.security.Roles;

/** Warning leads: intake, grading, dispatch, acknowledgement and outcome. */
@ApplicationScoped
public class WarningService {

    static final String RESOURCE = "Warning";

    /**
     * What intake did: stored a new warning with its indicators, or found the one the partner had sent before
     * ({@code stored} is empty then: read them with {@link #indicators(WarningEntity)} when needed).
     */
    public record Intake(WarningEntity warning, boolean created, List<IndicatorEntity> stored) {

        static Intake sentBefore(WarningEntity warning) {
            return new Intake(warning, false, List.of());
        }

        static Intake created(WarningEntity warning, List<IndicatorEntity> indicators) {
            return new Intake(warning, true, List.copyOf(indicators));
        }
    }

    @Inject
    WarningRepository warnings;

    @Inject
    Flags flags;

    @Inject
    Dispatcher dispatcher;

    @Inject
    SlaConfig sla;

    @Inject
    AlertEvents events;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A lead whose fields passed every check that needs no database, in normal form. */
    public record Checked(NewWarning lead, String phone, List<IndicatorEntity> indicators) {
    }

    /** Checks a lead's fields and puts its identifiers in normal form; answers a problem naming the bad field. */
    public Checked check(NewWarning lead) {
        if (!Divisions.exists(lead.victimRegion())) {
            throw ProblemException.invalid("victim.region", "is not a GB/T 2260 division code");
        }
        if (lead.observedAt().isAfter(clock.instant())) {
            throw ProblemException.invalid("observedAt", "must not be in the future");
        }
        String phone = normalise("victim.phone", IdentifierKind.PHONE, lead.victimPhone());
        List<IndicatorEntity> indicators = new ArrayList<>();
        for (int i = 0; i < lead.indicators().size(); i++) {
            NewWarning.Indicator sent = lead.indicators().get(i);
            IdentifierKind kind = IdentifierKind.valueOf(sent.kind());
            IndicatorEntity indicator = new IndicatorEntity();
            indicator.position = i;
            indicator.kind = kind.name();
            indicator.value = normalise("indicators[" + i + "].value", kind, sent.value());
            indicators.add(indicator);
        }
        return new Checked(lead, phone, indicators);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Intake submit(Caller caller, NewWarning lead) {
        var existing = warnings.findBySource(caller.org(), lead.externalId());
        if (existing.isPresent()) {
            return Intake.sentBefore(existing.get());
        }
        Checked checked = check(lead);
        Map<String, FlagEntity> flagged = flags.findAll(checked.indicators().stream()
                .map(Flags::keyOf).collect(Collectors.toSet()));
        WarningEntity stored = store(caller, checked, confirmedIn(checked, flagged));
        warnings.flush();
        return Intake.created(stored, checked.indicators());
    }

    /**
     * Stores checked leads in the caller's one transaction, with the look-ups done once for all of them: those the
     * partner sent before (or twice in this batch) answer the warning already stored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Intake> submitAll(Caller caller, List<Checked> leads) {
        Map<String, WarningEntity> known = new HashMap<>(warnings.findBySource(caller.org(),
                leads.stream().map(c -> c.lead().externalId()).toList()));
        Map<String, FlagEntity> flagged = flags.findAll(leads.stream().flatMap(c -> c.indicators().stream())
                .map(Flags::keyOf).collect(Collectors.toSet()));
        List<Intake> intakes = new ArrayList<>(leads.size());
        for (Checked checked : leads) {
            WarningEntity before = known.get(checked.lead().externalId());
            if (before != null) {
                intakes.add(Intake.sentBefore(before));
                continue;
            }
            WarningEntity stored = store(caller, checked, confirmedIn(checked, flagged));
            known.put(stored.externalId, stored);
            intakes.add(Intake.created(stored, checked.indicators()));
        }
        warnings.flush();
        return intakes;
    }

    /** The reasons a lead's indicators give for HIGH: each one confirmed in a filed case. */
    private static List<String> confirmedIn(Checked checked, Map<String, FlagEntity> flagged) {
        List<String> reasons = new ArrayList<>();
        for (IndicatorEntity indicator : checked.indicators()) {
            FlagEntity flag = flagged.get(Flags.keyOf(indicator));
            if (flag != null) {
                reasons.add(RiskGrading.confirmedReason(flag.kind, flag.value, flag.caseNumber));
            }
        }
        return reasons;
    }

    private WarningEntity store(Caller caller, Checked checked, List<String> confirmedIn) {
        NewWarning lead = checked.lead();
        Instant now = clock.instant();
        RiskGrading.Assessment risk = RiskGrading.assess(lead.riskHint(), lead.sourceKind(),
                checked.indicators().size(), confirmedIn);
        Dispatcher.Route route = dispatcher.route(lead.victimRegion());

        WarningEntity warning = new WarningEntity();
        warning.id = UUID.randomUUID();
        warning.externalId = lead.externalId();
        warning.sourceOrg = caller.org();
        warning.sourceKind = lead.sourceKind();
        warning.victimPhone = checked.phone();
        warning.victimName = lead.victimName();
        warning.victimRegion = lead.victimRegion();
        warning.observedAt = lead.observedAt();
        warning.riskHint = lead.riskHint();
        warning.grade = risk.grade();
        warning.riskReasons = risk.reasons().toArray(String[]::new);
        warning.channel = Channel.forGrade(risk.grade());
        warning.assignedOrg = route.unit();
        warning.status = route.unit() == null ? WarningStatus.UNROUTED : WarningStatus.DISPATCHED;
        warning.chain = route.chain().toArray(String[]::new);
        warning.needsRerouting = route.needsRerouting();
        warning.dispatchedAt = now;
        warning.ackDueAt = now.plus(sla.acknowledge(risk.grade()));
        warning.outcomeDueAt = now.plus(sla.outcome(risk.grade()));
        warning.createdAt = now;
        warnings.persist(warning);
        for (IndicatorEntity indicator : checked.indicators()) {
            indicator.warningId = warning.id;
            warnings.persist(indicator);
        }
        hop(warning, null, route.unit(), route.reason(), now);
        audit.record("warning.submit", RESOURCE, warning.id.toString(), lead, warning.grade + " to "
                + warning.assignedOrg);
        return warning;
    }

    public WarningEntity get(Caller caller, UUID id) {
        return warnings.find(id).filter(w -> WarningScope.sees(caller, w))
                .orElseThrow(() -> ProblemException.notFound("warning " + id));
    }

    public List<IndicatorEntity> indicators(WarningEntity warning) {
        return warnings.indicators(warning.id);
    }

    public List<HopEntity> hops(WarningEntity warning) {
        return warnings.hops(warning.id);
    }

    /** The caller's warnings, most urgent first; {@code overdue} keeps those past a deadline. */
    public Page<WarningEntity> list(Caller caller, WarningStatus status, boolean overdue, PageRequest paging) {
        List<Object> parameters = new ArrayList<>();
        String where;
        if (caller.hasRole(Roles.TASK_FORCE)) {
            where = "w.victimRegion like :prefix";
            parameters.addAll(List.of("prefix", caller.regionPrefix() + "%"));
        } else if (caller.hasRole(Roles.POLICE)) {
            where = "w.assignedOrg = :org";
            parameters.addAll(List.of("org", caller.org()));
        } else {
            where = "w.sourceOrg = :org";
            parameters.addAll(List.of("org", caller.org()));
        }
        if (status != null) {
            where += " and w.status = :status";
            parameters.addAll(List.of("status", status));
        }
        if (overdue) {
            where += " and ((w.status = :dispatched and w.ackDueAt < :now)"
                    + " or (w.status = :acknowledged and w.outcomeDueAt < :now))";
            parameters.addAll(List.of("dispatched", WarningStatus.DISPATCHED, "acknowledged",
                    WarningStatus.ACKNOWLEDGED, "now", clock.instant()));
        }
        return warnings.page(where, paging, parameters.toArray());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public WarningEntity acknowledge(Caller caller, UUID id, Instant at) {
        WarningEntity warning = handled(caller, id);
        if (warning.status != WarningStatus.DISPATCHED) {
            throw ProblemException.illegalTransition("a " + warning.status + " warning cannot be acknowledged");
        }
        warning.acknowledgedAt = StepTimes.at(at, warning.observedAt, clock);
        warning.status = WarningStatus.ACKNOWLEDGED;
        warnings.flush();
        audit.record("warning.acknowledge", RESOURCE, id.toString(), warning.acknowledgedAt);
        return warning;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public WarningEntity recordOutcome(Caller caller, UUID id, Outcome outcome, Channel channel, String notes,
            Instant at) {
        WarningEntity warning = handled(caller, id);
        if (warning.status != WarningStatus.DISPATCHED && warning.status != WarningStatus.ACKNOWLEDGED) {
            throw ProblemException.illegalTransition("a " + warning.status + " warning takes no outcome");
        }
        Instant when = StepTimes.at(at, warning.acknowledgedAt != null ? warning.acknowledgedAt
                : warning.observedAt, clock);
        if (warning.acknowledgedAt == null) {
            warning.acknowledgedAt = when;
        }
        warning.outcome = outcome;
        warning.outcomeChannel = channel;
        warning.notes = notes;
        warning.outcomeAt = when;
        warning.status = WarningStatus.CLOSED;
        warnings.flush();
        if (outcome == Outcome.ALREADY_DEFRAUDED) {
            events.warningOutcomeRecorded(warning, warnings.indicators(id));
        }
        audit.record("warning.outcome", RESOURCE, id.toString(), List.of(outcome, channel, String.valueOf(notes)),
                outcome.name());
        return warning;
    }

    /** An identifier was confirmed in a filed case: open warnings naming it become HIGH. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int raiseNaming(FlagEntity flag) {
        Instant now = clock.instant();
        int raised = 0;
        for (WarningEntity warning : warnings.openNaming(flag.kind, flag.value)) {
            String reason = RiskGrading.confirmedReason(flag.kind, flag.value, flag.caseNumber);
            List<String> reasons = new ArrayList<>(Arrays.asList(warning.riskReasons));
            if (!reasons.contains(reason)) {
                reasons.add(reason);
                warning.riskReasons = reasons.toArray(String[]::new);
            }
            if (warning.grade != Grade.HIGH) {
                warning.grade = Grade.HIGH;
                warning.channel = Channel.IN_PERSON;
                warning.ackDueAt = earliest(warning.ackDueAt, now.plus(sla.acknowledge(Grade.HIGH)));
                warning.outcomeDueAt = earliest(warning.outcomeDueAt, now.plus(sla.outcome(Grade.HIGH)));
                audit.record("warning.raise", RESOURCE, warning.id.toString(), reason, "HIGH");
                raised++;
            }
        }
        return raised;
    }

    void hop(WarningEntity warning, String from, String to, String reason, Instant at) {
        HopEntity hop = new HopEntity();
        hop.id = UUID.randomUUID();
        hop.warningId = warning.id;
        hop.fromOrg = from;
        hop.toOrg = to;
        hop.reason = reason;
        hop.at = at;
        warnings.persist(hop);
    }

    private WarningEntity handled(Caller caller, UUID id) {
        WarningEntity warning = warnings.findForUpdate(id).filter(w -> WarningScope.sees(caller, w))
                .orElseThrow(() -> ProblemException.notFound("warning " + id));
        if (!WarningScope.handles(caller, warning)) {
            throw ProblemException.forbidden("only the unit handling the warning acts on it");
        }
        return warning;
    }

    private static String normalise(String field, IdentifierKind kind, String value) {
        try {
            return Identifiers.normalise(kind, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
