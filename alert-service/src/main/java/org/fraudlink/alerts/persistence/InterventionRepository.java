package org.fraudlink.alerts.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.fraudlink.alerts.domain.InterventionKind;
import org.fraudlink.alerts.domain.InterventionStatus;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;

/** Orders to partners. */
@ApplicationScoped
public class InterventionRepository {

    /** Unanswered before answered, then the nearest deadline. */
    private static final String MOST_URGENT_FIRST = " order by case when o.status = :resolved then 1 else 0 end,"
            + " o.deadline, o.id";

    @Inject
    EntityManager entities;

    public void persist(InterventionEntity order) {
        entities.persist(order);
    }

    public void flush() {
        entities.flush();
    }

    public Optional<InterventionEntity> find(UUID id) {
        return Optional.ofNullable(entities.find(InterventionEntity.class, id));
    }

    public Optional<InterventionEntity> findForUpdate(UUID id) {
        return Optional.ofNullable(entities.find(InterventionEntity.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Serialises orders about one account, so that two officers cannot both issue its "second" stop-payment: a
     * transaction-scoped advisory lock on the subject.
     */
    public void lockSubject(String kind, String value) {
        entities.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "intervention-subject:" + kind + ":" + value).getSingleResult();
    }

    public long countOrders(InterventionKind kind, String subjectKind, String subjectValue) {
        return entities.createQuery("select count(o) from InterventionEntity o where o.kind = :kind"
                        + " and o.subjectKind = :subjectKind and o.subjectValue = :subjectValue", Long.class)
                .setParameter("kind", kind).setParameter("subjectKind", subjectKind)
                .setParameter("subjectValue", subjectValue).getSingleResult();
    }

    /** The earliest freeze on the account issued at or before {@code by}, if any. */
    public Optional<Instant> freezeIssuedBetween(String subjectKind, String subjectValue, Instant from, Instant by) {
        return entities.createQuery("select min(o.issuedAt) from InterventionEntity o where o.kind = :freeze"
                        + " and o.subjectKind = :subjectKind and o.subjectValue = :subjectValue"
                        + " and o.issuedAt >= :from and o.issuedAt <= :by", Instant.class)
                .setParameter("freeze", InterventionKind.FREEZE).setParameter("subjectKind", subjectKind)
                .setParameter("subjectValue", subjectValue).setParameter("from", from).setParameter("by", by)
                .getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }

    public Page<InterventionEntity> page(String where, PageRequest paging, Object... parameters) {
        TypedQuery<InterventionEntity> query = entities.createQuery(
                "select o from InterventionEntity o where " + where + MOST_URGENT_FIRST, InterventionEntity.class);
        TypedQuery<Long> count = entities.createQuery("select count(o) from InterventionEntity o where " + where,
                Long.class);
        query.setParameter("resolved", InterventionStatus.RESOLVED);
        for (int i = 0; i < parameters.length; i += 2) {
            query.setParameter((String) parameters[i], parameters[i + 1]);
            count.setParameter((String) parameters[i], parameters[i + 1]);
        }
        List<InterventionEntity> items = query.setFirstResult(paging.offset()).setMaxResults(paging.size)
                .getResultList();
        return new Page<>(items, paging.page, paging.size, count.getSingleResult());
    }
}
