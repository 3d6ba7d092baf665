package org.fraudlink.registry.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.fraudlink.platform.audit.AuditTrail;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.security.Caller;
import org.fraudlink.platform.security.Roles;
import org.fraudlink.registry.persistence.Liaison;
import org.fraudlink.registry.persistence.Organisation;
import org.fraudlink.registry.persistence.OrganisationRepository;
import org.fraudlink.registry.persistence.TaskForceRepository;

/**
 * Round-the-clock liaisons. Police, the task force, the registry admin and the organisation itself read them; the
 * organisation itself and the registry admin keep them. Duty windows are local times in
 * {@code fraudlink.registry.duty-zone} (China keeps one time zone).
 */
@ApplicationScoped
public class Liaisons {

    static final String RESOURCE = "Liaison";

    /** Who is on duty at a moment. */
    public record OnDuty(String org, Instant at, List<Liaison> primary, List<Liaison> backup) {
    }

    /** A partner organisation lacking a primary or a backup liaison at some hours. */
    public record Gap(String org, String name, OrgType type, List<Integer> missingPrimaryHours,
            List<Integer> missingBackupHours) {
    }

    @Inject
    TaskForceRepository repository;

    @Inject
    Organisations organisations;

    @Inject
    OrganisationRepository organisationRepository;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @ConfigProperty(name = "fraudlink.registry.duty-zone", defaultValue = "Asia/Shanghai")
    ZoneId dutyZone;

    @Transactional
    public Liaison add(Caller caller, String orgCode, NewLiaison draft) {
        Organisation organisation = readable(caller, orgCode);
        requireKeeper(caller, organisation);
        Liaison liaison = new Liaison();
        liaison.id = UUID.randomUUID();
        liaison.orgCode = organisation.code;
        liaison.name = draft.name().strip();
        liaison.title = draft.title().strip();
        liaison.phone = draft.phone().strip();
        liaison.role = draft.role();
        liaison.dutyFrom = draft.dutyFrom();
        liaison.dutyTo = draft.dutyTo();
        liaison.createdAt = clock.instant();
        repository.persist(liaison);
        audit.record("liaison.create", RESOURCE, liaison.id.toString(), draft, "org " + orgCode);
        return liaison;
    }

    @Transactional
    public void remove(Caller caller, String orgCode, UUID id) {
        Organisation organisation = readable(caller, orgCode);
        requireKeeper(caller, organisation);
        Liaison liaison = repository.findLiaison(id).filter(l -> l.orgCode.equals(orgCode))
                .orElseThrow(() -> ProblemException.notFound("Liaison " + id));
        repository.remove(liaison);
        audit.record("liaison.delete", RESOURCE, id.toString(), Map.of("org", orgCode), "org " + orgCode);
    }

    public List<Liaison> list(Caller caller, String orgCode) {
        return repository.liaisons(readable(caller, orgCode).code);
    }

    public OnDuty onDuty(Caller caller, String orgCode, Instant at) {
        Instant moment = at == null ? clock.instant() : at;
        LocalTime local = moment.atZone(dutyZone).toLocalTime();
        List<Liaison> onDuty = list(caller, orgCode).stream()
                .filter(l -> new DutyRoster.Window(l.dutyFrom, l.dutyTo).covers(local)).toList();
        return new OnDuty(orgCode, moment, onDuty.stream().filter(l -> l.role == LiaisonRole.PRIMARY).toList(),
                onDuty.stream().filter(l -> l.role == LiaisonRole.BACKUP).toList());
    }

    /** Partner organisations (every active non-police organisation but the office) with hours left uncovered. */
    public List<Gap> gaps(Caller caller) {
        String prefix = caller.hasRole(Roles.REGISTRY_ADMIN) ? "" : caller.regionPrefix();
        Map<String, List<Liaison>> byOrg = repository.partnerLiaisons(prefix).stream()
                .collect(Collectors.groupingBy(l -> l.orgCode));
        List<Gap> gaps = new ArrayList<>();
        for (Organisation organisation : organisationRepository.activePartners(prefix)) {
            if (OrganisationRules.JMO.equals(organisation.code)) {
                continue;
            }
            List<Liaison> liaisons = byOrg.getOrDefault(organisation.code, List.of());
            List<Integer> primary = DutyRoster.uncoveredHours(windows(liaisons, LiaisonRole.PRIMARY));
            List<Integer> backup = DutyRoster.uncoveredHours(windows(liaisons, LiaisonRole.BACKUP));
            if (!primary.isEmpty() || !backup.isEmpty()) {
                gaps.add(new Gap(organisation.code, organisation.name, organisation.type, primary, backup));
            }
        }
        return gaps;
    }

    private static List<DutyRoster.Window> windows(List<Liaison> liaisons, LiaisonRole role) {
        return liaisons.stream().filter(l -> l.role == role)
                .map(l -> new DutyRoster.Window(l.dutyFrom, l.dutyTo)).toList();
    }

    /** Police, the task force, the admin and the organisation itself; anyone else is told it does not exist. */
    private Organisation readable(Caller caller, String orgCode) {
        Organisation organisation = organisations.get(orgCode);
        if (!OrganisationRules.seesContact(caller, orgCode)) {
            throw ProblemException.notFound("Organisation " + orgCode);
        }
        return organisation;
    }

    private static void requireKeeper(Caller caller, Organisation organisation) {
        if (!caller.hasRole(Roles.REGISTRY_ADMIN) && !organisation.code.equals(caller.org())) {
            throw ProblemException.forbidden("Only the organisation itself and the registry admin keep its liaisons");
        }
    }
}
