package org.fraudlink.cases.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.fraudlink.cases.events.CaseEvents;
import org.fraudlink.cases.persistence.CaseEntity;
import org.fraudlink.cases.persistence.CaseRepository;
import org.fraudlink.cases.persistence.IdentifierEntity;
import org.fraudlink.cases.persistence.IdentifierRepository;
import org.fraudlink.cases.persistence.TransitionEntity;
import org.fraudlink.platform.audit.AuditTrail;
import org.fraudlink.platform.identifiers.IdentifierKind;
import org.fraudlink.platform.identifiers.Identifiers;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.security.Caller;

/** Opening, changing and moving cases through their life, and their identifiers. */
@ApplicationScoped
public class CaseService {

    static final String RESOURCE = "Case";

    /** Records older than this are typing errors, not cases moved in from earlier systems. */
    static final Instant EARLIEST_REPORT = Instant.parse("1990-01-01T00:00:00Z");

    @Inject
    CaseRepository cases;

    @Inject
    IdentifierRepository identifiers;

    @Inject
    CaseEvents events;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Opens a case owned by the caller's unit, numbered from the caller's region. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseEntity open(Caller caller, NewCase request) {
        CaseScope.requireRegionInJurisdiction(caller, "region", request.region());
        return openFor(caller.org(), caller.region(), request);
    }

    /**
     * Opens a case for {@code owningOrg} numbered from {@code numberRegion}; the caller (a person or an event
     * handler) has checked the region.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseEntity openFor(String owningOrg, String numberRegion, NewCase request) {
        StepTimes.requireNotFuture("reportedAt", request.reportedAt(), clock);
        StepTimes.requireNotFuture("occurredAt", request.occurredAt(), clock);
        if (request.occurredAt() != null && request.occurredAt().isAfter(request.reportedAt())) {
            throw ProblemException.invalid("occurredAt", "must not be after reportedAt");
        }
        if (request.reportedAt().isBefore(EARLIEST_REPORT)) {
            throw ProblemException.invalid("reportedAt", "must not be before " + EARLIEST_REPORT);
        }
        CaseEntity fraudCase = new CaseEntity();
        fraudCase.id = UUID.randomUUID();
        int year = request.reportedAt().atZone(ZoneOffset.UTC).getYear();
        fraudCase.number = "%s-%d-%06d".formatted(numberRegion, year, cases.nextSequence(numberRegion, year));
        fraudCase.type = request.type();
        fraudCase.status = CaseStatus.REPORTED;
        fraudCase.title = request.title().strip();
        fraudCase.summary = request.summary();
        fraudCase.region = request.region();
        fraudCase.owningOrg = owningOrg;
        fraudCase.tags = tags(request.tags());
        fraudCase.occurredAt = request.occurredAt();
        fraudCase.reportedAt = request.reportedAt();
        fraudCase.lossAmount = request.lossAmount();
        fraudCase.securedAmount = BigDecimal.ZERO;
        fraudCase.victimCount = request.victimCount() == null ? 1 : request.victimCount();
        fraudCase.warningId = request.warningId();
        fraudCase.createdAt = clock.instant();
        cases.persist(fraudCase);
        cases.flush();
        audit.record("case.open", RESOURCE, fraudCase.id.toString(), request, fraudCase.number);
        return fraudCase;
    }

    public CaseEntity get(Caller caller, UUID id) {
        return CaseScope.requireVisible(caller, cases.find(id).orElse(null), id);
    }

    public Page<CaseEntity> search(Caller caller, CaseSearch search, PageRequest paging) {
        return cases.search(search, CaseScope.jurisdictionPrefix(caller), paging);
    }

    public List<TransitionEntity> history(Caller caller, UUID id) {
        return cases.transitions(get(caller, id).id);
    }

    /** Changes the given fields, if the caller read the current version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseEntity change(Caller caller, UUID id, CaseChanges changes) {
        CaseEntity fraudCase = requireVersion(get(caller, id), changes.version());
        if (changes.type() != null) {
            fraudCase.type = changes.type();
        }
        if (changes.title() != null) {
            fraudCase.title = changes.title().strip();
        }
        if (changes.summary() != null) {
            fraudCase.summary = changes.summary();
        }
        if (changes.occurredAt() != null) {
            StepTimes.requireNotFuture("occurredAt", changes.occurredAt(), clock);
            if (changes.occurredAt().isAfter(fraudCase.reportedAt)) {
                throw ProblemException.invalid("occurredAt", "must not be after reportedAt");
            }
            fraudCase.occurredAt = changes.occurredAt();
        }
        if (changes.lossAmount() != null) {
            fraudCase.lossAmount = changes.lossAmount();
        }
        if (changes.victimCount() != null) {
            fraudCase.victimCount = changes.victimCount();
        }
        if (changes.tags() != null) {
            fraudCase.tags = tags(changes.tags());
        }
        cases.flush();
        audit.record("case.change", RESOURCE, id.toString(), changes);
        return fraudCase;
    }

    /**
     * Moves a case to {@code target}. Filing it confirms its identifiers: each is published as
     * {@code IdentifierConfirmed} at the filing time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseEntity transition(Caller caller, UUID id, CaseStatus target, String reason, Instant at,
            Integer version) {
        CaseEntity fraudCase = get(caller, id);
        if (version != null) {
            requireVersion(fraudCase, version);
        }
        CaseStatus from = fraudCase.status;
        if (!from.canMoveTo(target)) {
            throw ProblemException.illegalTransition("A case cannot move from " + from + " to " + target);
        }
        Instant when = StepTimes.resolve("at", at, fraudCase.currentStepAt(), clock);
        fraudCase.enter(target, when);
        TransitionEntity step = new TransitionEntity();
        step.id = UUID.randomUUID();
        step.caseId = fraudCase.id;
        step.fromStatus = from;
        step.toStatus = target;
        step.reason = reason.strip();
        step.at = when;
        step.actor = caller.subject();
        cases.persist(step);
        cases.flush();
        audit.record("case.transition", RESOURCE, id.toString(), Map.of("from", from, "to", target,
                "reason", reason, "at", when), from + "->" + target);
        if (!from.isConfirmed() && target.isConfirmed()) {
            for (IdentifierEntity identifier : identifiers.ofCase(fraudCase.id)) {
                events.identifierConfirmed(fraudCase, identifier, when);
            }
        }
        return fraudCase;
    }

    /** Adds an identifier in its normal form; on a confirmed case it is published at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public IdentifierEntity addIdentifier(Caller caller, UUID id, IdentifierKind kind, String value, String role) {
        return attach(get(caller, id), kind, normalise(kind, value, "value"), role);
    }

    /** Attaches a normalised identifier to a case already found and scoped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public IdentifierEntity attach(CaseEntity fraudCase, IdentifierKind kind, String normalised, String role) {
        if (identifierPresent(fraudCase, kind, normalised)) {
            throw ProblemException.duplicate("The case already has " + kind + " " + normalised);
        }
        IdentifierEntity identifier = new IdentifierEntity();
        identifier.id = UUID.randomUUID();
        identifier.caseId = fraudCase.id;
        identifier.kind = kind;
        identifier.value = normalised;
        identifier.role = role;
        identifier.addedAt = clock.instant();
        cases.persist(identifier);
        cases.flush();
        audit.record("case.identifier.add", RESOURCE, fraudCase.id.toString(),
                Map.of("kind", kind, "value", normalised, "role", String.valueOf(role)), kind.name());
        if (fraudCase.status.isConfirmed()) {
            events.identifierConfirmed(fraudCase, identifier, identifier.addedAt);
        }
        return identifier;
    }

    public boolean identifierPresent(CaseEntity fraudCase, IdentifierKind kind, String normalised) {
        return identifiers.exists(fraudCase.id, kind, normalised);
    }

    public List<IdentifierEntity> identifiers(Caller caller, UUID id) {
        return identifiers.ofCase(get(caller, id).id);
    }

    /** The normal form of an identifier, or a 400 naming {@code field}. */
    public static String normalise(IdentifierKind kind, String value, String field) {
        try {
            return Identifiers.normalise(kind, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    private static CaseEntity requireVersion(CaseEntity fraudCase, int version) {
        if (fraudCase.version != version) {
            throw ProblemException.versionConflict("Case " + fraudCase.number);
        }
        return fraudCase;
    }

    private static String[] tags(List<String> tags) {
        return tags == null ? new String[0] : new LinkedHashSet<>(tags).toArray(String[]::new);
    }
}
