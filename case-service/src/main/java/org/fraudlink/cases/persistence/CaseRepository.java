package org.fraudlink.cases.persistence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.fraudlink.cases.domain.CaseSearch;
import org.fraudlink.platform.db.AfterCommit;
import org.fraudlink.platform.paging.Page;
import org.fraudlink.platform.paging.PageRequest;
import org.fraudlink.platform.security.Regions;

/** Cases: numbering, look-ups and the scoped search. */
@ApplicationScoped
public class CaseRepository {

    @Inject
    EntityManager entities;

    @Inject
    AfterCommit afterCommit;

    /** Sequences known to exist, so the common case costs one statement. */
    private final Set<String> knownSequences = ConcurrentHashMap.newKeySet();

    /**
     * The next sequence number for cases of a unit region in a year, from that pair's own PostgreSQL sequence:
     * {@code nextval} never waits for another transaction, so concurrent creations do not queue behind one
     * another's commit. The price is a gap when a creation rolls back.
     */
    public long nextSequence(String region, int year) {
        if (!Regions.isWellFormed(region) || year < 0) {
            throw new IllegalArgumentException("no case numbers for " + region + "/" + year);
        }
        String sequence = "case_seq_" + region + "_" + year;
        if (!knownSequences.contains(sequence)) {
            createSequence(sequence);
        }
        return ((Number) entities.createNativeQuery("SELECT nextval('" + sequence + "')").getSingleResult())
                .longValue();
    }

    /**
     * Makes a sequence on its first use in this process, in the caller's transaction: under a transaction-scoped
     * advisory lock, so that concurrent first cases (of this replica or another) wait for the one creating it
     * instead of failing, and on the caller's own connection. (A transaction of its own, as before 2026-12-07,
     * took a second connection while the caller held one for its Idempotency-Key: after a restart, a burst of first
     * cases as large as the pool held every connection, each waiting for another, and all failed.) A rollback takes
     * the new sequence with it, so it is remembered only once the transaction has committed.
     */
    private void createSequence(String sequence) {
        entities.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, sequence)
                .getSingleResult();
        entities.createNativeQuery("CREATE SEQUENCE IF NOT EXISTS " + sequence).executeUpdate();
        afterCommit.run(() -> knownSequences.add(sequence));
    }

    public void persist(Object entity) {
        entities.persist(entity);
    }

    public void flush() {
        entities.flush();
    }

    public Optional<CaseEntity> find(UUID id) {
        return Optional.ofNullable(entities.find(CaseEntity.class, id));
    }

    public Optional<CaseEntity> findByNumber(String number) {
        return entities.createQuery("from CaseEntity where number = :number", CaseEntity.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    public boolean existsForWarning(UUID warningId) {
        return !entities.createQuery("select c.id from CaseEntity c where c.warningId = :warning", UUID.class)
                .setParameter("warning", warningId).setMaxResults(1).getResultList().isEmpty();
    }

    public List<TransitionEntity> transitions(UUID caseId) {
        return entities.createQuery("from TransitionEntity where caseId = :id order by at, id", TransitionEntity.class)
                .setParameter("id", caseId).getResultList();
    }

    /** The cases matching {@code search} whose region starts with {@code scopePrefix}, one page of them. */
    public Page<CaseEntity> search(CaseSearch search, String scopePrefix, PageRequest paging) {
        StringBuilder where = new StringBuilder(" WHERE region LIKE :scope");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("scope", scopePrefix + "%");
        if (search.type() != null) {
            where.append(" AND type = :type");
            parameters.put("type", search.type().name());
        }
        if (search.status() != null) {
            where.append(" AND status = :status");
            parameters.put("status", search.status().name());
        }
        if (search.tag() != null) {
            where.append(" AND tags @> ARRAY[CAST(:tag AS text)]");
            parameters.put("tag", search.tag());
        }
        if (search.regionPrefix() != null) {
            where.append(" AND region LIKE :region");
            parameters.put("region", search.regionPrefix() + "%");
        }
        if (search.from() != null) {
            where.append(" AND reported_at >= :from");
            parameters.put("from", startOf(search.from()));
        }
        if (search.to() != null) {
            where.append(" AND reported_at < :to");
            parameters.put("to", startOf(search.to()));
        }
        if (search.minLoss() != null) {
            where.append(" AND loss_amount >= :minLoss");
            parameters.put("minLoss", search.minLoss());
        }
        if (search.text() != null) {
            where.append(" AND title ILIKE :text ESCAPE '\\'");
            parameters.put("text", "%" + escapeLike(search.text()) + "%");
        }
        Query count = entities.createNativeQuery("SELECT count(*) FROM fraud_case" + where);
        Query select = entities.createNativeQuery("SELECT * FROM fraud_case" + where + " ORDER BY "
                + search.sort().orderBy() + ", id", CaseEntity.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<CaseEntity> items = select.setFirstResult(paging.offset()).setMaxResults(paging.size).getResultList();
        return new Page<>(new ArrayList<>(items), paging.page, paging.size, total);
    }

    static java.time.OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
