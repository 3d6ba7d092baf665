package org.fraudlink.alerts.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.fraudlink.alerts.domain.WarningStatus;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;

/** Warnings, their indicators and hops. */
@ApplicationScoped
public class WarningRepository {

    /** Open before closed, then HIGH before MEDIUM before LOW, then the earliest acknowledgement deadline. */
    private static final String MOST_URGENT_FIRST = " order by case when w.status = :closed then 1 else 0 end,"
            + " case w.grade when org.fraudlink.alerts.domain.Grade.HIGH then 0"
            + " when org.fraudlink.alerts.domain.Grade.MEDIUM then 1 else 2 end, w.ackDueAt, w.id";

    @Inject
    EntityManager entities;

    public void persist(Object entity) {
        entities.persist(entity);
    }

    public void flush() {
        entities.flush();
    }

    public Optional<WarningEntity> find(UUID id) {
        return Optional.ofNullable(entities.find(WarningEntity.class, id));
    }

    public Optional<WarningEntity> findForUpdate(UUID id) {
        return Optional.ofNullable(entities.find(WarningEntity.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<WarningEntity> findBySource(String sourceOrg, String externalId) {
        return entities.createQuery("from WarningEntity where sourceOrg = :org and externalId = :externalId",
                        WarningEntity.class)
                .setParameter("org", sourceOrg).setParameter("externalId", externalId)
                .getResultStream().findFirst();
    }

    /**
     * The warnings the source sent before under any of these external ids, by external id. One array parameter,
     * not an IN list: PostgreSQL's generic plan for a prepared {@code external_id IN ($2, …, $1001)} used only the
     * index's first column and compared each of the source's warnings with all thousand ids — a batch took seconds
     * once a partner had sent 150,000 warnings; {@code = ANY($2)} is an index look-up on both columns.
     */
    @SuppressWarnings("unchecked")
    public Map<String, WarningEntity> findBySource(String sourceOrg, List<String> externalIds) {
        List<WarningEntity> found = entities.createNativeQuery(
                "SELECT * FROM warning WHERE source_org = ?1 AND external_id = ANY(CAST(?2 AS text[]))",
                WarningEntity.class)
                .setParameter(1, sourceOrg).setParameter(2, externalIds.toArray(String[]::new)).getResultList();
        return found.stream().collect(java.util.stream.Collectors.toMap(w -> w.externalId, w -> w));
    }

    public List<IndicatorEntity> indicators(UUID warningId) {
        return entities.createQuery("from IndicatorEntity where warningId = :id order by position",
                IndicatorEntity.class).setParameter("id", warningId).getResultList();
    }

    public List<HopEntity> hops(UUID warningId) {
        return entities.createQuery("from HopEntity where warningId = :id order by at, id", HopEntity.class)
                .setParameter("id", warningId).getResultList();
    }

    /** Open warnings naming the identifier. */
    public List<WarningEntity> openNaming(String kind, String value) {
        return entities.createQuery("from WarningEntity w where w.status <> :closed and w.id in"
                        + " (select i.warningId from IndicatorEntity i where i.kind = :kind and i.value = :value)",
                        WarningEntity.class)
                .setParameter("closed", WarningStatus.CLOSED).setParameter("kind", kind)
                .setParameter("value", value).getResultList();
    }

    /**
     * A page of warnings matching {@code where} (a JPQL condition on {@code w}), most urgent first.
     *
     * @param parameters name/value pairs for the condition
     */
    public Page<WarningEntity> page(String where, PageRequest paging, Object... parameters) {
        TypedQuery<WarningEntity> query = entities.createQuery(
                "select w from WarningEntity w where " + where + MOST_URGENT_FIRST, WarningEntity.class);
        TypedQuery<Long> count = entities.createQuery("select count(w) from WarningEntity w where " + where,
                Long.class);
        query.setParameter("closed", WarningStatus.CLOSED);
        for (int i = 0; i < parameters.length; i += 2) {
            query.setParameter((String) parameters[i], parameters[i + 1]);
            count.setParameter((String) parameters[i], parameters[i + 1]);
        }
        List<WarningEntity> items = query.setFirstResult(paging.offset()).setMaxResults(paging.size)
                .getResultList();
        return new Page<>(items, paging.page, paging.size, count.getSingleResult());
    }

    /**
     * Claims up to {@code limit} warnings past a deadline, skipping rows another replica holds, so that each
     * overdue warning is escalated by one replica once.
     */
    @SuppressWarnings("unchecked")
    public List<WarningEntity> claimOverdue(Instant now, int limit) {
        List<UUID> ids = entities.createNativeQuery("SELECT id FROM warning WHERE (status = 'DISPATCHED' AND"
                        + " ack_due_at < ?1) OR (status = 'ACKNOWLEDGED' AND outcome_due_at < ?1)"
                        + " ORDER BY ack_due_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).setParameter(2, limit).getResultList();
        return ids.stream().map(id -> entities.find(WarningEntity.class, id)).toList();
    }

    /** Claims warnings waiting to be routed again, as {@link #claimOverdue} does. */
    @SuppressWarnings("unchecked")
    public List<WarningEntity> claimForRerouting(int limit) {
        List<UUID> ids = entities.createNativeQuery("SELECT id FROM warning WHERE needs_rerouting"
                        + " ORDER BY created_at LIMIT ?1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, limit).getResultList();
        return ids.stream().map(id -> entities.find(WarningEntity.class, id)).toList();
    }
}
