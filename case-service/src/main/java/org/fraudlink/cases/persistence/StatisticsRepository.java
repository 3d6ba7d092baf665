package org.fraudlink.cases.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The SQL behind the case statistics. Every figure is counted by the time of its own step in
 * {@code [from, to)} (days in UTC) and scoped by a region prefix.
 */
@ApplicationScoped
public class StatisticsRepository {

    /** Solved-case counts of one type. */
    public record SolvedByType(String type, long solved, long over500k, long over1m) {
    }

    private static final String SOLVED = " FROM fraud_case c WHERE c.region LIKE :scope"
            + " AND c.solved_at >= :from AND c.solved_at < :to";
    private static final String ARRESTED = " FROM case_suspect s JOIN fraud_case c ON c.id = s.case_id"
            + " WHERE c.region LIKE :scope AND s.arrested_at >= :from AND s.arrested_at < :to";

    @Inject
    EntityManager entities;

    public List<SolvedByType> solvedByType(String prefix, LocalDate from, LocalDate to) {
        return this.<Object[]>rows("SELECT c.type, count(*),"
                + " count(*) FILTER (WHERE c.loss_amount >= 500000),"
                + " count(*) FILTER (WHERE c.loss_amount >= 1000000)" + SOLVED + " GROUP BY c.type",
                prefix, from, to).stream()
                .map(r -> new SolvedByType((String) r[0], number(r[1]), number(r[2]), number(r[3]))).toList();
    }

    public Map<String, Long> solvedByTag(String prefix, LocalDate from, LocalDate to) {
        return counts("SELECT tag, count(*) FROM (SELECT unnest(c.tags) AS tag" + SOLVED + ") t GROUP BY tag",
                prefix, from, to);
    }

    public Map<String, Long> arrestedByType(String prefix, LocalDate from, LocalDate to) {
        return counts("SELECT c.type, count(*)" + ARRESTED + " GROUP BY c.type", prefix, from, to);
    }

    public Map<String, Long> arrestedByTag(String prefix, LocalDate from, LocalDate to) {
        return counts("SELECT tag, count(*) FROM (SELECT unnest(c.tags) AS tag" + ARRESTED + ") t GROUP BY tag",
                prefix, from, to);
    }

    public long gangsDismantled(String prefix, LocalDate from, LocalDate to) {
        return number(query("SELECT count(*) FROM case_gang g JOIN fraud_case c ON c.id = g.case_id"
                + " WHERE c.region LIKE :scope AND g.dismantled_at >= :from AND g.dismantled_at < :to",
                prefix, from, to).getSingleResult());
    }

    /** Dens count where they were (their own region), not where the case that found them is. */
    public long densDestroyed(String prefix, LocalDate from, LocalDate to) {
        return number(query("SELECT count(*) FROM case_den d WHERE d.region LIKE :scope"
                + " AND d.destroyed_at >= :from AND d.destroyed_at < :to", prefix, from, to).getSingleResult());
    }

    /** The loss of the cases reported in the period, except those rejected as no fraud. */
    public BigDecimal totalLoss(String prefix, LocalDate from, LocalDate to) {
        return (BigDecimal) query("SELECT coalesce(sum(c.loss_amount), 0) FROM fraud_case c"
                + " WHERE c.region LIKE :scope AND c.reported_at >= :from AND c.reported_at < :to"
                + " AND c.status <> 'REJECTED'", prefix, from, to).getSingleResult();
    }

    /** The amounts secured by executed interventions resolved in the period. */
    public BigDecimal amountSecured(String prefix, LocalDate from, LocalDate to) {
        return (BigDecimal) query("SELECT coalesce(sum(r.amount_secured), 0) FROM intervention_result r"
                + " JOIN fraud_case c ON c.id = r.case_id WHERE c.region LIKE :scope"
                + " AND r.resolved_at >= :from AND r.resolved_at < :to AND r.amount_secured IS NOT NULL",
                prefix, from, to).getSingleResult();
    }

    private Map<String, Long> counts(String sql, String prefix, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : this.<Object[]>rows(sql, prefix, from, to)) {
            counts.put((String) row[0], number(row[1]));
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> rows(String sql, String prefix, LocalDate from, LocalDate to) {
        return query(sql, prefix, from, to).getResultList();
    }

    private Query query(String sql, String prefix, LocalDate from, LocalDate to) {
        return entities.createNativeQuery(sql)
                .setParameter("scope", prefix + "%")
                .setParameter("from", CaseRepository.startOf(from))
                .setParameter("to", CaseRepository.startOf(to));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
