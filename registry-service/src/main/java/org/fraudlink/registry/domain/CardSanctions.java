package org.fraudlink.registry.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.fraudlink.platform.audit.AuditTrail;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.security.Caller;
import org.fraudlink.platform.security.Regions;
import org.fraudlink.registry.persistence.CardSanction;
import org.fraudlink.registry.persistence.Organisation;
import org.fraudlink.registry.persistence.OrganisationRepository;
import org.fraudlink.registry.persistence.SanctionAppeal;
import org.fraudlink.registry.persistence.SanctionRepository;

/**
 * The two-card sanction list. Police units of city level or above (region ending in {@code 00}) issue and lift
 * sanctions in their jurisdiction; the issuing unit records and decides appeals; partners and police ask whether a
 * person is sanctioned, and every such question is audited. A sanction restricts from its start date until (not
 * including) its end date, five years by default.
 */
@ApplicationScoped
public class CardSanctions {

    static final String RESOURCE = "CardSanction";
    static final int DEFAULT_YEARS = 5;
    private static final int CITY_LEVEL = 2;

    /** The answer to a check: {@code until} is the first day without restriction. */
    public record CheckResult(boolean sanctioned, LocalDate until) {
    }

    @Inject
    SanctionRepository sanctions;

    @Inject
    OrganisationRepository organisations;

    @Inject
    SanctionHashes hashes;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public CardSanction create(Caller caller, NewSanction draft) {
        Organisation issuer = issuingUnit(caller);
        String idNumber = validIdNumber(draft.idNumber());
        LocalDate end = draft.endDate() == null ? draft.startDate().plusYears(DEFAULT_YEARS) : draft.endDate();
        if (!end.isAfter(draft.startDate())) {
            throw ProblemException.invalid("endDate", "must be after startDate");
        }
        CardSanction sanction = new CardSanction();
        sanction.id = UUID.randomUUID();
        sanction.idNumberHash = hashes.of(idNumber);
        sanction.maskedName = mask(draft.name().strip());
        sanction.reason = draft.reason().strip();
        sanction.issuingOrg = issuer.code;
        sanction.issuingRegion = issuer.region;
        sanction.startDate = draft.startDate();
        sanction.endDate = end;
        sanction.status = SanctionStatus.ACTIVE;
        sanction.createdAt = clock.instant();
        sanctions.persist(sanction);
        audit.record("sanction.create", RESOURCE, sanction.id.toString(), Map.of("hash", sanction.idNumberHash,
                "name", sanction.maskedName, "start", sanction.startDate.toString(), "end", end.toString()),
                "issued by " + issuer.code);
        return sanction;
    }

    /** A sanction issued inside the caller's jurisdiction; any other answers 404. */
    public CardSanction get(Caller caller, UUID id) {
        return sanctions.find(id).filter(s -> caller.covers(s.issuingRegion))
                .orElseThrow(() -> ProblemException.notFound("Sanction " + id));
    }

    public Page<CardSanction> list(Caller caller, SanctionStatus status, PageRequest paging) {
        return sanctions.list(caller.regionPrefix(), status, paging);
    }

    @Transactional
    public CardSanction lift(Caller caller, UUID id, String reason) {
        CardSanction sanction = get(caller, id);
        issuingUnit(caller);
        if (sanction.status != SanctionStatus.ACTIVE) {
            throw ProblemException.illegalTransition("The sanction is already lifted");
        }
        liftNow(sanction, reason.strip());
        audit.record("sanction.lift", RESOURCE, id.toString(), Map.of("reason", sanction.liftReason));
        return sanction;
    }

    /** Anyone allowed to check learns only yes/no and until when; the question is audited with who asked. */
    @Transactional
    public CheckResult check(String idNumber) {
        String hash = hashes.of(validIdNumber(idNumber));
        Optional<LocalDate> until = sanctions.inForceUntil(hash, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        audit.record("sanction.check", RESOURCE, null, Map.of("hash", hash),
                until.isPresent() ? "answered: sanctioned" : "answered: not sanctioned");
        return new CheckResult(until.isPresent(), until.orElse(null));
    }

    @Transactional
    public SanctionAppeal fileAppeal(Caller caller, UUID id, String grounds) {
        CardSanction sanction = ownSanction(caller, id);
        if (sanction.status != SanctionStatus.ACTIVE) {
            throw ProblemException.illegalTransition("A lifted sanction cannot be appealed");
        }
        if (sanctions.pendingAppeal(id).isPresent()) {
            throw ProblemException.conflict("An appeal against this sanction is waiting for a decision");
        }
        SanctionAppeal appeal = new SanctionAppeal();
        appeal.id = UUID.randomUUID();
        appeal.sanctionId = id;
        appeal.grounds = grounds.strip();
        appeal.filedAt = clock.instant();
        appeal.status = AppealStatus.PENDING;
        sanctions.persist(appeal);
        audit.record("sanction.appeal", RESOURCE, id.toString(), Map.of("appeal", appeal.id.toString()));
        return appeal;
    }

    @Transactional
    public SanctionAppeal decideAppeal(Caller caller, UUID id, UUID appealId, AppealOutcome outcome, String note) {
        CardSanction sanction = ownSanction(caller, id);
        SanctionAppeal appeal = sanctions.findAppeal(appealId).filter(a -> a.sanctionId.equals(id))
                .orElseThrow(() -> ProblemException.notFound("Appeal " + appealId));
        if (appeal.status != AppealStatus.PENDING) {
            throw ProblemException.illegalTransition("The appeal was already decided");
        }
        appeal.status = outcome == AppealOutcome.GRANTED ? AppealStatus.GRANTED : AppealStatus.DENIED;
        appeal.decidedAt = clock.instant();
        appeal.decisionNote = note == null ? null : note.strip();
        if (outcome == AppealOutcome.GRANTED && sanction.status == SanctionStatus.ACTIVE) {
            liftNow(sanction, "appeal granted" + (appeal.decisionNote == null ? "" : ": " + appeal.decisionNote));
        }
        sanctions.flush();
        audit.record("sanction.appeal-decision", RESOURCE, id.toString(),
                Map.of("appeal", appealId.toString(), "outcome", outcome.name()), "appeal " + outcome);
        return appeal;
    }

    /** Keeps the first character: enough for an officer to tell two entries apart, too little to identify. */
    static String mask(String name) {
        int[] codePoints = name.codePoints().toArray();
        if (codePoints.length <= 1) {
            return "*";
        }
        return new String(codePoints, 0, 1) + "*".repeat(codePoints.length - 1);
    }

    private void liftNow(CardSanction sanction, String reason) {
        sanction.status = SanctionStatus.LIFTED;
        sanction.liftedAt = clock.instant();
        sanction.liftReason = reason;
        sanctions.flush();
    }

    private CardSanction ownSanction(Caller caller, UUID id) {
        CardSanction sanction = get(caller, id);
        if (!sanction.issuingOrg.equals(caller.org())) {
            throw ProblemException.forbidden("Only the issuing unit " + sanction.issuingOrg
                    + " records and decides appeals");
        }
        return sanction;
    }

    /** The caller's own police unit, active and of city level or above. */
    private Organisation issuingUnit(Caller caller) {
        return Optional.ofNullable(caller.org()).flatMap(organisations::find)
                .filter(org -> org.type == OrgType.POLICE && org.status == OrgStatus.ACTIVE)
                .filter(org -> Regions.level(org.region) <= CITY_LEVEL)
                .orElseThrow(() -> ProblemException.forbidden(
                        "Only active police units of city level or above issue and lift sanctions"));
    }

    private static String validIdNumber(String value) {
        ResidentIdNumbers.problem(value).ifPresent(problem -> {
            throw ProblemException.invalid("idNumber", problem);
        });
        return ResidentIdNumbers.normalise(value);
    }
}
