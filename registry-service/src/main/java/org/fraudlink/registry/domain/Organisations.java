package org.fraudlink.registry.domain;

import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.fraudlink.platform.audit.AuditTrail;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.security.Regions;
import org.fraudlink.registry.events.OrganisationEvents;
import org.fraudlink.registry.persistence.Organisation;
import org.fraudlink.registry.persistence.OrganisationRepository;

/** Creating and changing organisations: every change is checked, audited and published. */
@ApplicationScoped
public class Organisations {

    static final String RESOURCE = "Organisation";

    @Inject
    OrganisationRepository repository;

    @Inject
    AuditTrail audit;

    @Inject
    OrganisationEvents events;

    @Inject
    Clock clock;

    public Organisation get(String code) {
        return repository.find(code).orElseThrow(() -> ProblemException.notFound("Organisation " + code));
    }

    @Transactional
    public Organisation create(NewOrganisation draft) {
        OrganisationRules.requireRegion("region", draft.region());
        if (repository.find(draft.code()).isPresent()) {
            throw ProblemException.duplicate("An organisation with code " + draft.code() + " exists");
        }
        if (draft.parentCode() != null) {
            OrganisationRules.requireParent(draft.type(), draft.region(), parent(draft.parentCode()));
        }
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.code = draft.code();
        organisation.name = draft.name();
        organisation.type = draft.type();
        organisation.region = draft.region();
        organisation.parentCode = draft.parentCode();
        organisation.status = OrgStatus.ACTIVE;
        setContact(organisation, draft.contact());
        organisation.createdAt = clock.instant();
        organisation.changedAt = organisation.createdAt;
        repository.persist(organisation);
        audit.record("organisation.create", RESOURCE, organisation.code, draft);
        events.changed(organisation);
        return organisation;
    }

    @Transactional
    public Organisation change(String code, OrganisationChange change) {
        Organisation organisation = get(code);
        if (change.version() != null && change.version() != organisation.version) {
            throw ProblemException.versionConflict("Organisation " + code);
        }
        boolean changed = false;
        if (change.has("name") && !change.name().equals(organisation.name)) {
            organisation.name = change.name();
            changed = true;
        }
        if (change.has("region") && !change.region().equals(organisation.region)) {
            OrganisationRules.requireRegion("region", change.region());
            requireChildrenInside(organisation, change.region());
            organisation.region = change.region();
            changed = true;
        }
        if (change.has("parentCode") || change.has("region")) {
            String parentCode = change.has("parentCode") ? change.parentCode() : organisation.parentCode;
            if (parentCode != null) {
                requireNoCycle(code, parentCode);
                OrganisationRules.requireParent(organisation.type, organisation.region, parent(parentCode));
            }
            changed |= !Objects.equals(parentCode, organisation.parentCode);
            organisation.parentCode = parentCode;
        }
        if (change.has("contact")) {
            changed |= setContact(organisation, change.contact());
        }
        if (change.has("status") && change.status() != organisation.status) {
            if (OrganisationRules.JMO.equals(code) && change.status() == OrgStatus.SUSPENDED) {
                throw ProblemException.conflict("The joint-meeting office cannot be suspended");
            }
            organisation.status = change.status();
            changed = true;
        }
        if (!changed) {
            return organisation;
        }
        organisation.changedAt = clock.instant();
        repository.flush();
        audit.record(change.has("status") ? "organisation.status" : "organisation.update", RESOURCE, code, change,
                "status " + organisation.status);
        events.changed(organisation);
        return organisation;
    }

    private Organisation parent(String parentCode) {
        return repository.find(parentCode).orElseThrow(() -> ProblemException.invalid("parentCode",
                "no organisation has the code " + parentCode));
    }

    private void requireChildrenInside(Organisation organisation, String region) {
        for (Organisation child : repository.children(organisation.code)) {
            if (!Regions.covers(region, child.region)) {
                throw ProblemException.invalid("region", "does not cover the region " + child.region
                        + " of the child " + child.code);
            }
        }
    }

    /** The new parent must not be the organisation itself or one of its descendants. */
    private void requireNoCycle(String code, String parentCode) {
        Set<String> seen = new HashSet<>();
        for (String current = parentCode; current != null && seen.add(current);
                current = repository.find(current).map(o -> o.parentCode).orElse(null)) {
            if (current.equals(code)) {
                throw ProblemException.invalid("parentCode", "would make the hierarchy a cycle");
            }
        }
    }

    private static boolean setContact(Organisation organisation, Contact contact) {
        String name = contact == null ? null : contact.name();
        String phone = contact == null ? null : contact.phone();
        String email = contact == null ? null : contact.email();
        boolean changed = !Objects.equals(name, organisation.contactName)
                || !Objects.equals(phone, organisation.contactPhone)
                || !Objects.equals(email, organisation.contactEmail);
        organisation.contactName = name;
        organisation.contactPhone = phone;
        organisation.contactEmail = email;
        return changed;
    }
}
