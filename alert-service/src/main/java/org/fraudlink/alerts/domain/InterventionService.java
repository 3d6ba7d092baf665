package org.fraudlink.alerts.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.fraudlink.alerts.events.AlertEvents;
import org.fraudlink.alerts.persistence.InterventionEntity;
import org.fraudlink.alerts.persistence.InterventionRepository;
import org.fraudlink.alerts.persistence.OrganisationEntity;
import org.fraudlink.platform.audit.AuditTrail;
import org.fraudlink.platform.identifiers.IdentifierKind;
import org.fraudlink.platform.identifiers.Identifiers;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.security.Caller;
import org.fraudlink.platform.security.Roles;

/** Orders to partners under their legal clocks: issue, acknowledge, answer, renew a freeze. */
@ApplicationScoped
public class InterventionService {

    static final String RESOURCE = "Intervention";

    @Inject
    InterventionRepository orders;

    @Inject
    Organisations organisations;

    @Inject
    AlertEvents events;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public InterventionEntity issue(Caller caller, NewIntervention order) {
        Instant now = clock.instant();
        Instant issuedAt = order.issuedAt() == null ? now : order.issuedAt();
        if (issuedAt.isAfter(now)) {
            throw ProblemException.invalid("issuedAt", "must not be in the future");
        }
        OrganisationEntity target = organisations.find(order.targetOrg())
                .orElseThrow(() -> ProblemException.invalid("targetOrg", "no organisation " + order.targetOrg()));
        if (!target.active()) {
            throw ProblemException.unprocessable("organisation " + target.code + " is suspended");
        }
        if (!order.kind().fits(target.type)) {
            throw ProblemException.invalid("targetOrg", order.kind() + " goes to an organisation of type "
                    + order.kind().targetTypes() + ", not " + target.type);
        }
        if (order.kind().aboutMoney() && order.amount() == null) {
            throw ProblemException.invalid("amount", "is required for " + order.kind());
        }
        if (!order.kind().aboutMoney() && order.amount() != null) {
            throw ProblemException.invalid("amount", "has no meaning for " + order.kind());
        }
        if (order.amount() != null && order.amount().signum() <= 0) {
            throw ProblemException.invalid("amount", "must be greater than 0");
        }
        IdentifierKind subjectKind = IdentifierKind.valueOf(order.subjectKind());
        String subjectValue;
        try {
            subjectValue = Identifiers.normalise(subjectKind, order.subjectValue());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("subject.value", e.getMessage());
        }
        orders.lockSubject(subjectKind.name(), subjectValue);
        if (order.kind() == InterventionKind.STOP_PAYMENT && orders.countOrders(InterventionKind.STOP_PAYMENT,
                subjectKind.name(), subjectValue) >= LegalClocks.MAX_STOP_PAYMENTS_PER_ACCOUNT) {
            throw ProblemException.conflict("account " + subjectValue + " has had its "
                    + LegalClocks.MAX_STOP_PAYMENTS_PER_ACCOUNT + " emergency stop-payments: freeze it instead");
        }
        InterventionEntity entity = new InterventionEntity();
        entity.id = UUID.randomUUID();
        entity.kind = order.kind();
        entity.targetOrg = target.code;
        entity.issuingOrg = caller.org();
        entity.issuingRegion = caller.region();
        entity.caseNumber = order.caseNumber();
        entity.subjectKind = subjectKind.name();
        entity.subjectValue = subjectValue;
        entity.amount = order.amount();
        entity.legalBasis = order.legalBasis();
        entity.status = InterventionStatus.PENDING;
        entity.issuedAt = issuedAt;
        entity.deadline = LegalClocks.deadline(order.kind(), issuedAt);
        entity.createdAt = now;
        orders.persist(entity);
        orders.flush();
        audit.record("intervention.issue", RESOURCE, entity.id.toString(), order, entity.kind + " to "
                + entity.targetOrg);
        return entity;
    }

    public InterventionEntity get(Caller caller, UUID id) {
        return orders.find(id).filter(o -> sees(caller, o))
                .orElseThrow(() -> ProblemException.notFound("intervention " + id));
    }

    /** A partner's orders addressed to it; an officer's orders issued by its unit; the task force's jurisdiction. */
    public Page<InterventionEntity> list(Caller caller, InterventionStatus status, PageRequest paging) {
        List<Object> parameters = new ArrayList<>();
        String where;
        if (caller.hasRole(Roles.TASK_FORCE)) {
            where = "o.issuingRegion like :prefix";
            parameters.addAll(List.of("prefix", caller.regionPrefix() + "%"));
        } else if (caller.hasRole(Roles.POLICE)) {
            where = "o.issuingOrg = :org";
            parameters.addAll(List.of("org", caller.org()));
        } else {
            where = "o.targetOrg = :org";
            parameters.addAll(List.of("org", caller.org()));
        }
        if (status != null) {
            where += " and o.status = :status";
            parameters.addAll(List.of("status", status));
        }
        return orders.page(where, paging, parameters.toArray());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public InterventionEntity acknowledge(Caller caller, UUID id, Instant at) {
        InterventionEntity order = addressedTo(caller, id);
        if (order.status != InterventionStatus.PENDING) {
            throw ProblemException.illegalTransition("a " + order.status + " order cannot be acknowledged");
        }
        order.acknowledgedAt = StepTimes.at(at, order.issuedAt, clock);
        order.status = InterventionStatus.ACKNOWLEDGED;
        orders.flush();
        audit.record("intervention.acknowledge", RESOURCE, id.toString(), order.acknowledgedAt);
        return order;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public InterventionEntity answer(Caller caller, UUID id, InterventionResult result, BigDecimal amountSecured,
            String reason, Instant at) {
        InterventionEntity order = addressedTo(caller, id);
        if (order.status == InterventionStatus.RESOLVED) {
            throw ProblemException.illegalTransition("the order was answered already (" + order.result + ")");
        }
        if (result == InterventionResult.EXECUTED && order.kind.aboutMoney()) {
            if (amountSecured == null) {
                throw ProblemException.invalid("amountSecured", "is required when a money order is EXECUTED");
            }
            if (amountSecured.signum() < 0) {
                throw ProblemException.invalid("amountSecured", "must not be negative");
            }
            if (amountSecured.compareTo(order.amount) > 0) {
                throw ProblemException.invalid("amountSecured", "must not exceed the amount requested ("
                        + order.amount.toPlainString() + ")");
            }
        } else if (amountSecured != null) {
            throw ProblemException.invalid("amountSecured", "only an EXECUTED money order secures an amount");
        }
        if (result == InterventionResult.REJECTED && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason", "is required when the order is REJECTED");
        }
        Instant when = StepTimes.at(at, order.acknowledgedAt != null ? order.acknowledgedAt : order.issuedAt,
                clock);
        if (order.acknowledgedAt == null) {
            order.acknowledgedAt = when;
        }
        order.result = result;
        order.amountSecured = amountSecured;
        order.reason = reason;
        order.resolvedAt = when;
        order.status = InterventionStatus.RESOLVED;
        orders.flush();
        events.interventionResolved(order);
        audit.record("intervention.answer", RESOURCE, id.toString(), List.of(result, String.valueOf(amountSecured),
                String.valueOf(reason)), result.name());
        return order;
    }

    /** Renews a freeze that still holds for another six months from its current end. */
    @Transactional(Transactional.TxType.MANDATORY)
    public InterventionEntity renew(Caller caller, UUID id) {
        InterventionEntity order = orders.findForUpdate(id).filter(o -> sees(caller, o) && issuedBy(caller, o))
                .orElseThrow(() -> ProblemException.notFound("intervention " + id));
        if (order.kind != InterventionKind.FREEZE) {
            throw ProblemException.illegalTransition("only a freeze is renewed");
        }
        if (!order.deadline.isAfter(clock.instant())) {
            throw ProblemException.illegalTransition("the freeze ended at " + order.deadline
                    + ": issue a new one");
        }
        order.deadline = LegalClocks.freezeEnd(order.deadline);
        order.renewals++;
        orders.flush();
        audit.record("intervention.renew", RESOURCE, id.toString(), order.deadline);
        return order;
    }

    /** Whether a stop-payment or freeze still holds its account now. */
    public HoldStatus hold(InterventionEntity order) {
        Instant now = clock.instant();
        if (order.kind == InterventionKind.FREEZE) {
            return now.isBefore(order.deadline) ? HoldStatus.HOLDING : HoldStatus.EXPIRED;
        }
        if (order.kind != InterventionKind.STOP_PAYMENT) {
            return null;
        }
        if (orders.freezeIssuedBetween(order.subjectKind, order.subjectValue, order.issuedAt, order.deadline)
                .isPresent()) {
            return HoldStatus.FOLLOWED_BY_FREEZE;
        }
        return now.isBefore(order.deadline) ? HoldStatus.HOLDING : HoldStatus.LAPSED;
    }

    private static boolean sees(Caller caller, InterventionEntity order) {
        if (caller.hasRole(Roles.TASK_FORCE) && caller.covers(order.issuingRegion)) {
            return true;
        }
        if (issuedBy(caller, order)) {
            return true;
        }
        return caller.hasRole(Roles.PARTNER) && caller.org() != null && caller.org().equals(order.targetOrg);
    }

    private static boolean issuedBy(Caller caller, InterventionEntity order) {
        return caller.isPolice() && caller.org() != null && caller.org().equals(order.issuingOrg)
                || caller.hasRole(Roles.TASK_FORCE) && caller.covers(order.issuingRegion);
    }

    private InterventionEntity addressedTo(Caller caller, UUID id) {
        InterventionEntity order = orders.findForUpdate(id).filter(o -> sees(caller, o))
                .orElseThrow(() -> ProblemException.notFound("intervention " + id));
        if (!caller.hasRole(Roles.PARTNER) || !caller.org().equals(order.targetOrg)) {
            throw ProblemException.forbidden("only the organisation the order is addressed to answers it");
        }
        return order;
    }

}
