package org.fraudlink.registry.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.registry.domain.OrgStatus;
import org.fraudlink.registry.domain.OrgType;

/** Task forces, their members, and liaisons. */
@ApplicationScoped
public class TaskForceRepository {

    @Inject
    EntityManager entities;

    public void persist(Object entity) {
        entities.persist(entity);
        entities.flush();
    }

    public void remove(Object entity) {
        entities.remove(entity);
        entities.flush();
    }

    public Optional<TaskForce> find(UUID id) {
        return Optional.ofNullable(entities.find(TaskForce.class, id));
    }

    /** Task forces led inside {@code regionPrefix} or with {@code org} as lead or member (either may be null). */
    public Page<TaskForce> visible(String regionPrefix, String org, PageRequest paging) {
        String where = " where (" + (regionPrefix == null ? "1 = 0" : "t.leadRegion like :prefix") + " or "
                + (org == null ? "1 = 0" : "t.leadOrg = :org or exists (select 1 from TaskForceMember m"
                        + " where m.taskForceId = t.id and m.orgCode = :org)") + ")";
        var query = entities.createQuery("select t from TaskForce t" + where + " order by t.startDate desc, t.name",
                TaskForce.class);
        var count = entities.createQuery("select count(t) from TaskForce t" + where, Long.class);
        if (regionPrefix != null) {
            query.setParameter("prefix", regionPrefix + "%");
            count.setParameter("prefix", regionPrefix + "%");
        }
        if (org != null) {
            query.setParameter("org", org);
            count.setParameter("org", org);
        }
        List<TaskForce> items = query.setFirstResult(paging.offset()).setMaxResults(paging.size).getResultList();
        return new Page<>(items, paging.page, paging.size, count.getSingleResult());
    }

    public List<TaskForceMember> members(UUID taskForceId) {
        return entities.createQuery("from TaskForceMember where taskForceId = :id order by addedAt, person",
                TaskForceMember.class).setParameter("id", taskForceId).getResultList();
    }

    public boolean isMember(UUID taskForceId, String org) {
        return !entities.createQuery("select 1 from TaskForceMember where taskForceId = :id and orgCode = :org",
                        Integer.class)
                .setParameter("id", taskForceId).setParameter("org", org).setMaxResults(1).getResultList().isEmpty();
    }

    public boolean hasMember(UUID taskForceId, String org, String person) {
        return !entities.createQuery("select 1 from TaskForceMember where taskForceId = :id and orgCode = :org"
                        + " and person = :person", Integer.class)
                .setParameter("id", taskForceId).setParameter("org", org).setParameter("person", person)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public List<Liaison> liaisons(String orgCode) {
        return entities.createQuery("from Liaison where orgCode = :org order by role, dutyFrom, name", Liaison.class)
                .setParameter("org", orgCode).getResultList();
    }

    /** Liaisons of every active organisation whose region starts with the prefix, except police units. */
    public List<Liaison> partnerLiaisons(String regionPrefix) {
        return entities.createQuery("""
                        select l from Liaison l, Organisation o where o.code = l.orgCode and o.status = :active
                        and o.type <> :police and o.region like :prefix""", Liaison.class)
                .setParameter("active", OrgStatus.ACTIVE)
                .setParameter("police", OrgType.POLICE)
                .setParameter("prefix", regionPrefix + "%").getResultList();
    }

    public Optional<Liaison> findLiaison(UUID id) {
        return Optional.ofNullable(entities.find(Liaison.class, id));
    }
}
