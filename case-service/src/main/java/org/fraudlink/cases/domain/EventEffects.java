package org.fraudlink.cases.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.fraudlink.cases.persistence.CaseEntity;
import org.fraudlink.cases.persistence.CaseRepository;
import org.fraudlink.cases.persistence.InterventionResultEntity;
import org.fraudlink.platform.audit.AuditTrail;
import org.fraudlink.platform.identifiers.Identifiers;
import org.fraudlink.platform.security.Divisions;

/**
 * What other services' events do to cases (docs/events.md). The inbox applies each event once; these rules also
 * key on the warning and intervention ids, so a re-published event with a new id changes nothing either.
 */
@ApplicationScoped
public class EventEffects {

    private static final Logger LOG = Logger.getLogger(EventEffects.class);
    private static final int TITLE_MAX = 200;

    @Inject
    CaseService cases;

    @Inject
    CaseRepository caseRepository;

    @Inject
    EntityManager entities;

    @Inject
    AuditTrail audit;

    /**
     * Opens the REPORTED case of a victim a warning found already defrauded: type OTHER, loss 0 (not known yet),
     * one victim, owned by the unit the warning was assigned to, in the victim's region — and numbered from the
     * victim's region, the only region the event carries (the assigned unit's own code is not in it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CaseEntity> openFromWarning(WarningCase warning) {
        if (caseRepository.existsForWarning(warning.warningId())) {
            return Optional.empty();
        }
        if (!Divisions.exists(warning.victimRegion())) {
            LOG.warnf("warning %s names no valid victim region (%s); no case opened", warning.warningId(),
                    warning.victimRegion());
            return Optional.empty();
        }
        String title = "Victim reached through warning " + warning.externalId();
        NewCase request = new NewCase(CaseType.OTHER, title.substring(0, Math.min(TITLE_MAX, title.length())),
                null, warning.victimRegion(), null, warning.recordedAt(), BigDecimal.ZERO, 1, null,
                warning.warningId());
        CaseEntity fraudCase = cases.openFor(warning.assignedOrg(), warning.victimRegion(), request);
        for (WarningCase.Indicator indicator : warning.indicators()) {
            try {
                String normalised = Identifiers.normalise(indicator.kind(), indicator.value());
                if (!cases.identifierPresent(fraudCase, indicator.kind(), normalised)) {
                    cases.attach(fraudCase, indicator.kind(), normalised, null);
                }
            } catch (IllegalArgumentException e) {
                LOG.warnf("warning %s: indicator %s skipped (%s)", warning.warningId(), indicator.kind(),
                        e.getMessage());
            }
        }
        return Optional.of(fraudCase);
    }

    /**
     * Records an intervention's result; an EXECUTED one adds its amount to the case's secured amount. The result
     * row keeps {@code resolvedAt}, so statistics count the amount in the period it was secured. An unknown case
     * number is recorded too (the order may name a case of another system) and changes no case.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordIntervention(InterventionOutcome outcome) {
        if (entities.find(InterventionResultEntity.class, outcome.interventionId()) != null) {
            return;
        }
        Optional<CaseEntity> fraudCase = caseRepository.findByNumber(outcome.caseNumber());
        BigDecimal amount = outcome.executed() && outcome.amountSecured() != null ? outcome.amountSecured() : null;
        InterventionResultEntity result = new InterventionResultEntity();
        result.interventionId = outcome.interventionId();
        result.caseNumber = outcome.caseNumber();
        result.caseId = fraudCase.map(c -> c.id).orElse(null);
        result.kind = outcome.kind();
        result.result = outcome.result();
        result.amountSecured = amount;
        result.resolvedAt = outcome.resolvedAt();
        entities.persist(result);
        if (fraudCase.isEmpty()) {
            LOG.infof("intervention %s names unknown case %s; recorded and ignored", outcome.interventionId(),
                    outcome.caseNumber());
            return;
        }
        UUID caseId = fraudCase.get().id;
        if (amount != null) {
            fraudCase.get().securedAmount = fraudCase.get().securedAmount.add(amount);
        }
        entities.flush();
        audit.record("case.intervention", CaseService.RESOURCE, caseId.toString(),
                Map.of("interventionId", outcome.interventionId(), "result", outcome.result(),
                        "amountSecured", String.valueOf(amount)), outcome.result());
    }
}
