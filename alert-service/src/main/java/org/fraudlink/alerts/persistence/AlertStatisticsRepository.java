package org.fraudlink.alerts.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The alert figures, each counted by the time of its own step: a warning by {@code observed_at}, an outcome by
 * {@code outcome_at}, an order by {@code issued_at}, a result and its amount by {@code resolved_at}. Warnings are
 * scoped by the victim's region, orders by the issuing unit's.
 */
@ApplicationScoped
public class AlertStatisticsRepository {

    @Inject
    EntityManager entities;

    public long warningsPushed(String prefix, Instant from, Instant to) {
        return ((Number) window("SELECT count(*) FROM warning WHERE victim_region LIKE ?1 AND observed_at >= ?2"
                + " AND observed_at < ?3", prefix, from, to).getSingleResult()).longValue();
    }

    public Map<String, Long> warningsByGrade(String prefix, Instant from, Instant to) {
        return grouped("SELECT grade, count(*) FROM warning WHERE victim_region LIKE ?1 AND observed_at >= ?2"
                + " AND observed_at < ?3 GROUP BY grade", prefix, from, to);
    }

    public Map<String, Long> warningsByOutcome(String prefix, Instant from, Instant to) {
        return grouped("SELECT outcome, count(*) FROM warning WHERE victim_region LIKE ?1 AND outcome_at >= ?2"
                + " AND outcome_at < ?3 GROUP BY outcome", prefix, from, to);
    }

    /** Median seconds from the lead's observation to the unit's acknowledgement, for those acknowledged then. */
    public Double medianSecondsToAcknowledge(String prefix, Instant from, Instant to) {
        return median(window("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM"
                + " acknowledged_at - observed_at)) FROM warning WHERE victim_region LIKE ?1"
                + " AND acknowledged_at >= ?2 AND acknowledged_at < ?3", prefix, from, to).getSingleResult());
    }

    public Map<String, Long> interventionsByKind(String prefix, Instant from, Instant to) {
        return grouped("SELECT kind, count(*) FROM intervention WHERE issuing_region LIKE ?1 AND issued_at >= ?2"
                + " AND issued_at < ?3 GROUP BY kind", prefix, from, to);
    }

    public Map<String, Long> interventionsByResult(String prefix, Instant from, Instant to) {
        return grouped("SELECT result, count(*) FROM intervention WHERE issuing_region LIKE ?1"
                + " AND resolved_at >= ?2 AND resolved_at < ?3 GROUP BY result", prefix, from, to);
    }

    public BigDecimal amountSecured(String prefix, Instant from, Instant to) {
        Object sum = window("SELECT coalesce(sum(amount_secured), 0) FROM intervention WHERE issuing_region LIKE ?1"
                + " AND result = 'EXECUTED' AND resolved_at >= ?2 AND resolved_at < ?3", prefix, from, to)
                .getSingleResult();
        return new BigDecimal(sum.toString()).setScale(2);
    }

    public Double medianSecondsStopPaymentToExecuted(String prefix, Instant from, Instant to) {
        return median(window("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM"
                + " resolved_at - issued_at)) FROM intervention WHERE issuing_region LIKE ?1 AND kind = 'STOP_PAYMENT'"
                + " AND result = 'EXECUTED' AND resolved_at >= ?2 AND resolved_at < ?3", prefix, from, to)
                .getSingleResult());
    }

    private Query window(String sql, String prefix, Instant from, Instant to) {
        return entities.createNativeQuery(sql).setParameter(1, prefix + "%").setParameter(2, from)
                .setParameter(3, to);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> grouped(String sql, String prefix, Instant from, Instant to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) window(sql, prefix, from, to).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private static Double median(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
