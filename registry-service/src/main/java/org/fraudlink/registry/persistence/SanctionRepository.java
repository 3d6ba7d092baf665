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
import org.fraudlink.registry.domain.AppealStatus;
import org.fraudlink.registry.domain.SanctionStatus;

/** The sanction list and its appeals. */
@ApplicationScoped
public class SanctionRepository {

    @Inject
    EntityManager entities;

    public void persist(Object entity) {
        entities.persist(entity);
        entities.flush();
    }

    public void flush() {
        entities.flush();
    }

    public Optional<CardSanction> find(UUID id) {
        return Optional.ofNullable(entities.find(CardSanction.class, id));
    }

    /** Sanctions issued by units inside the region prefix, newest first. */
    public Page<CardSanction> list(String regionPrefix, SanctionStatus status, PageRequest paging) {
        String where = " where s.issuingRegion like :prefix" + (status == null ? "" : " and s.status = :status");
        var query = entities.createQuery("select s from CardSanction s" + where
                + " order by s.startDate desc, s.createdAt desc", CardSanction.class)
                .setParameter("prefix", regionPrefix + "%");
        var count = entities.createQuery("select count(s) from CardSanction s" + where, Long.class)
                .setParameter("prefix", regionPrefix + "%");
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<CardSanction> items = query.setFirstResult(paging.offset()).setMaxResults(paging.size).getResultList();
        return new Page<>(items, paging.page, paging.size, count.getSingleResult());
    }

    /** The latest end date of the active sanctions in force on {@code day} for this hash. */
    public Optional<LocalDate> inForceUntil(String idNumberHash, LocalDate day) {
        return Optional.ofNullable(entities.createQuery("""
                        select max(s.endDate) from CardSanction s
                        where s.idNumberHash = :hash and s.status = :active and s.startDate <= :day and s.endDate > :day""",
                        LocalDate.class)
                .setParameter("hash", idNumberHash).setParameter("active", SanctionStatus.ACTIVE)
                .setParameter("day", day).getSingleResult());
    }

    public long startedBetween(String regionPrefix, LocalDate from, LocalDate to) {
        return entities.createQuery("""
                        select count(s) from CardSanction s
                        where s.issuingRegion like :prefix and s.startDate >= :from and s.startDate < :to""", Long.class)
                .setParameter("prefix", regionPrefix + "%").setParameter("from", from).setParameter("to", to)
                .getSingleResult();
    }

    public List<SanctionAppeal> appeals(UUID sanctionId) {
        return entities.createQuery("from SanctionAppeal where sanctionId = :id order by filedAt", SanctionAppeal.class)
                .setParameter("id", sanctionId).getResultList();
    }

    public Optional<SanctionAppeal> pendingAppeal(UUID sanctionId) {
        return entities.createQuery("from SanctionAppeal where sanctionId = :id and status = :pending",
                        SanctionAppeal.class)
                .setParameter("id", sanctionId).setParameter("pending", AppealStatus.PENDING)
                .getResultStream().findFirst();
    }

    public Optional<SanctionAppeal> findAppeal(UUID id) {
        return Optional.ofNullable(entities.find(SanctionAppeal.class, id));
    }
}
