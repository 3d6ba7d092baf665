package org.fraudlink.registry.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.registry.domain.ActionStatus;

/** Meetings and their action items. */
@ApplicationScoped
public class MeetingRepository {

    @Inject
    EntityManager entities;

    public void persist(Object entity) {
        entities.persist(entity);
        entities.flush();
    }

    public void flush() {
        entities.flush();
    }

    public Optional<Meeting> find(UUID id) {
        return Optional.ofNullable(entities.find(Meeting.class, id));
    }

    /**
     * Meetings convened inside {@code regionPrefix} or attended by {@code org} (either may be null to leave it out),
     * newest first.
     */
    public Page<Meeting> visible(String regionPrefix, String org, PageRequest paging) {
        String where = " where (" + (regionPrefix == null ? "1 = 0" : "m.convenerRegion like :prefix")
                + " or " + (org == null ? "1 = 0" : ":org member of m.attendees or m.convener = :org") + ")";
        var query = entities.createQuery("select m from Meeting m" + where + " order by m.date desc, m.createdAt desc",
                Meeting.class);
        var count = entities.createQuery("select count(m) from Meeting m" + where, Long.class);
        if (regionPrefix != null) {
            query.setParameter("prefix", regionPrefix + "%");
            count.setParameter("prefix", regionPrefix + "%");
        }
        if (org != null) {
            query.setParameter("org", org);
            count.setParameter("org", org);
        }
        List<Meeting> items = query.setFirstResult(paging.offset()).setMaxResults(paging.size).getResultList();
        return new Page<>(items, paging.page, paging.size, count.getSingleResult());
    }

    public List<ActionItem> actions(UUID meetingId) {
        return entities.createQuery("from ActionItem where meetingId = :id order by dueDate, createdAt",
                ActionItem.class).setParameter("id", meetingId).getResultList();
    }

    public Optional<ActionItem> findAction(UUID id) {
        return Optional.ofNullable(entities.find(ActionItem.class, id));
    }

    /** Open items due before {@code today} whose owner is inside {@code regionPrefix} or is {@code org}. */
    public List<ActionItem> overdue(LocalDate today, String regionPrefix, String org) {
        String owner = "(" + (regionPrefix == null ? "1 = 0" : "a.ownerRegion like :prefix") + " or "
                + (org == null ? "1 = 0" : "a.ownerOrg = :org") + ")";
        var query = entities.createQuery("select a from ActionItem a where a.status = :open and a.dueDate < :today"
                + " and " + owner + " order by a.ownerOrg, a.dueDate", ActionItem.class)
                .setParameter("open", ActionStatus.OPEN).setParameter("today", today);
        if (regionPrefix != null) {
            query.setParameter("prefix", regionPrefix + "%");
        }
        if (org != null) {
            query.setParameter("org", org);
        }
        return query.getResultList();
    }

    /** Open items overdue on {@code today} that fell due in [from, to), owned inside the region prefix. */
    public long overdueDueBetween(String regionPrefix, LocalDate from, LocalDate to, LocalDate today) {
        return entities.createQuery("""
                        select count(a) from ActionItem a where a.status = :open and a.dueDate < :today
                        and a.dueDate >= :from and a.dueDate < :to and a.ownerRegion like :prefix""", Long.class)
                .setParameter("open", ActionStatus.OPEN).setParameter("today", today).setParameter("from", from)
                .setParameter("to", to).setParameter("prefix", regionPrefix + "%").getSingleResult();
    }
}
