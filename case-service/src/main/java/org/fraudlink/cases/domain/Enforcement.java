package org.fraudlink.cases.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.fraudlink.cases.persistence.CaseEntity;
import org.fraudlink.cases.persistence.DenEntity;
import org.fraudlink.cases.persistence.GangEntity;
import org.fraudlink.cases.persistence.SuspectEntity;
import org.fraudlink.platform.audit.AuditTrail;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.security.Caller;

/** The results of enforcement attached to a case: suspects (and their arrest), gangs dismantled, dens destroyed. */
@ApplicationScoped
public class Enforcement {

    @Inject
    CaseService cases;

    @Inject
    IdNumbers idNumbers;

    @Inject
    EntityManager entities;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Records a suspect. An ARRESTED suspect's {@code arrestedAt} defaults to now; a WANTED one has none; a
     * RELEASED one keeps the arrest time if given.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SuspectEntity addSuspect(Caller caller, UUID caseId, NewSuspect request) {
        CaseEntity fraudCase = cases.get(caller, caseId);
        SuspectEntity suspect = new SuspectEntity();
        suspect.id = UUID.randomUUID();
        suspect.caseId = fraudCase.id;
        suspect.name = request.name().strip();
        if (request.idNumber() != null) {
            IdNumbers.Protected id = idNumbers.protect("idNumber", request.idNumber());
            suspect.idNumberHash = id.hash();
            suspect.idNumberLast4 = id.last4();
        }
        suspect.status = request.status();
        suspect.arrestedAt = arrestTime(request.status(), request.arrestedAt());
        suspect.createdAt = clock.instant();
        entities.persist(suspect);
        entities.flush();
        audit.record("case.suspect.add", CaseService.RESOURCE, fraudCase.id.toString(),
                Map.of("suspectId", suspect.id, "status", suspect.status,
                        "arrestedAt", String.valueOf(suspect.arrestedAt)), suspect.status.name());
        return suspect;
    }

    /** Changes a suspect's status (e.g. WANTED to ARRESTED), if the caller read the current version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SuspectEntity changeSuspect(Caller caller, UUID caseId, UUID suspectId, int version,
            SuspectStatus status, Instant arrestedAt) {
        CaseEntity fraudCase = cases.get(caller, caseId);
        SuspectEntity suspect = entities.find(SuspectEntity.class, suspectId);
        if (suspect == null || !suspect.caseId.equals(fraudCase.id)) {
            throw ProblemException.notFound("Suspect " + suspectId);
        }
        if (suspect.version != version) {
            throw ProblemException.versionConflict("Suspect " + suspectId);
        }
        Instant given = arrestedAt == null && status == SuspectStatus.RELEASED ? suspect.arrestedAt : arrestedAt;
        suspect.arrestedAt = arrestTime(status, given);
        suspect.status = status;
        entities.flush();
        audit.record("case.suspect.change", CaseService.RESOURCE, fraudCase.id.toString(),
                Map.of("suspectId", suspect.id, "status", status, "arrestedAt", String.valueOf(suspect.arrestedAt)),
                status.name());
        return suspect;
    }

    public List<SuspectEntity> suspects(Caller caller, UUID caseId) {
        return entities.createQuery("from SuspectEntity where caseId = :id order by createdAt, id",
                SuspectEntity.class).setParameter("id", cases.get(caller, caseId).id).getResultList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public GangEntity addGang(Caller caller, UUID caseId, String name, Integer members, Instant dismantledAt) {
        CaseEntity fraudCase = cases.get(caller, caseId);
        StepTimes.requireNotFuture("dismantledAt", dismantledAt, clock);
        GangEntity gang = new GangEntity();
        gang.id = UUID.randomUUID();
        gang.caseId = fraudCase.id;
        gang.name = name.strip();
        gang.members = members;
        gang.dismantledAt = dismantledAt;
        gang.createdAt = clock.instant();
        entities.persist(gang);
        entities.flush();
        audit.record("case.gang.add", CaseService.RESOURCE, fraudCase.id.toString(),
                Map.of("gangId", gang.id, "name", gang.name, "dismantledAt", dismantledAt), null);
        return gang;
    }

    public List<GangEntity> gangs(Caller caller, UUID caseId) {
        return entities.createQuery("from GangEntity where caseId = :id order by dismantledAt, id", GangEntity.class)
                .setParameter("id", cases.get(caller, caseId).id).getResultList();
    }

    /** Records a den destroyed in a case; its region must be inside the caller's jurisdiction too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DenEntity addDen(Caller caller, UUID caseId, String location, String region, Instant destroyedAt) {
        CaseEntity fraudCase = cases.get(caller, caseId);
        CaseScope.requireRegionInJurisdiction(caller, "region", region);
        StepTimes.requireNotFuture("destroyedAt", destroyedAt, clock);
        DenEntity den = new DenEntity();
        den.id = UUID.randomUUID();
        den.caseId = fraudCase.id;
        den.location = location.strip();
        den.region = region;
        den.destroyedAt = destroyedAt;
        den.createdAt = clock.instant();
        entities.persist(den);
        entities.flush();
        audit.record("case.den.add", CaseService.RESOURCE, fraudCase.id.toString(),
                Map.of("denId", den.id, "region", region, "destroyedAt", destroyedAt), region);
        return den;
    }

    public List<DenEntity> dens(Caller caller, UUID caseId) {
        return entities.createQuery("from DenEntity where caseId = :id order by destroyedAt, id", DenEntity.class)
                .setParameter("id", cases.get(caller, caseId).id).getResultList();
    }

    private Instant arrestTime(SuspectStatus status, Instant arrestedAt) {
        if (status == SuspectStatus.WANTED && arrestedAt != null) {
            throw ProblemException.invalid("arrestedAt", "must be empty for a WANTED suspect");
        }
        if (status == SuspectStatus.ARRESTED && arrestedAt == null) {
            return clock.instant();
        }
        StepTimes.requireNotFuture("arrestedAt", arrestedAt, clock);
        return arrestedAt;
    }
}
