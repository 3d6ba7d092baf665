package org.fraudlink.registry.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.fraudlink.platform.audit.AuditTrail;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.security.Caller;
import org.fraudlink.platform.security.Roles;
import org.fraudlink.registry.persistence.Organisation;
import org.fraudlink.registry.persistence.OrganisationRepository;
import org.fraudlink.registry.persistence.TaskForce;
import org.fraudlink.registry.persistence.TaskForceMember;
import org.fraudlink.registry.persistence.TaskForceRepository;

/**
 * Task forces, kept by the registry admin and led by a police unit. The admin sees all; police and task force those
 * led inside their jurisdiction; any organisation those it leads or serves in.
 */
@ApplicationScoped
public class TaskForces {

    static final String RESOURCE = "TaskForce";

    @Inject
    TaskForceRepository repository;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public TaskForce create(String name, String leadOrg, LocalDate startDate, LocalDate endDate) {
        Organisation lead = organisations.find(leadOrg)
                .orElseThrow(() -> ProblemException.invalid("leadOrg", "no organisation has the code " + leadOrg));
        if (lead.type != OrgType.POLICE) {
            throw ProblemException.invalid("leadOrg", "must be a police unit");
        }
        if (endDate != null && !endDate.isAfter(startDate)) {
            throw ProblemException.invalid("endDate", "must be after startDate");
        }
        TaskForce taskForce = new TaskForce();
        taskForce.id = UUID.randomUUID();
        taskForce.name = name.strip();
        taskForce.leadOrg = lead.code;
        taskForce.leadRegion = lead.region;
        taskForce.startDate = startDate;
        taskForce.endDate = endDate;
        taskForce.createdAt = clock.instant();
        repository.persist(taskForce);
        audit.record("taskforce.create", RESOURCE, taskForce.id.toString(),
                Map.of("name", taskForce.name, "lead", lead.code, "start", startDate.toString()));
        return taskForce;
    }

    public TaskForce get(Caller caller, UUID id) {
        return repository.find(id).filter(t -> sees(caller, t))
                .orElseThrow(() -> ProblemException.notFound("Task force " + id));
    }

    public Page<TaskForce> list(Caller caller, PageRequest paging) {
        if (caller.hasRole(Roles.REGISTRY_ADMIN)) {
            return repository.visible("", caller.org(), paging);
        }
        return repository.visible(caller.isPolice() ? caller.regionPrefix() : null, caller.org(), paging);
    }

    public List<TaskForceMember> members(Caller caller, UUID id) {
        return repository.members(get(caller, id).id);
    }

    @Transactional
    public TaskForceMember addMember(Caller caller, UUID id, String org, String person, MemberRole role) {
        TaskForce taskForce = get(caller, id);
        Organisation organisation = organisations.find(org)
                .orElseThrow(() -> ProblemException.invalid("org", "no organisation has the code " + org));
        if (repository.hasMember(id, organisation.code, person.strip())) {
            throw ProblemException.duplicate(person.strip() + " of " + org + " is already a member");
        }
        TaskForceMember member = new TaskForceMember();
        member.id = UUID.randomUUID();
        member.taskForceId = taskForce.id;
        member.orgCode = organisation.code;
        member.person = person.strip();
        member.role = role;
        member.addedAt = clock.instant();
        repository.persist(member);
        audit.record("taskforce.member", RESOURCE, id.toString(),
                Map.of("org", organisation.code, "person", member.person, "role", role.name()), "role " + role);
        return member;
    }

    private boolean sees(Caller caller, TaskForce taskForce) {
        return caller.hasRole(Roles.REGISTRY_ADMIN)
                || caller.isPolice() && caller.covers(taskForce.leadRegion)
                || taskForce.leadOrg.equals(caller.org())
                || caller.org() != null && repository.isMember(taskForce.id, caller.org());
    }
}
