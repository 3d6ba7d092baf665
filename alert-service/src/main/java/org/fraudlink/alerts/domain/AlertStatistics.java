package org.fraudlink.alerts.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fraudlink.alerts.persistence.AlertStatisticsRepository;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.security.Caller;
import org.fraudlink.platform.security.Regions;

/**
 * The alert figures of the dashboard (docs/service-apis.md) for a region inside the caller's jurisdiction and a
 * period of UTC days {@code [from, to)}; every enum value appears in a breakdown, zero or not.
 */
@ApplicationScoped
public class AlertStatistics {

    @Inject
    AlertStatisticsRepository statistics;

    @Inject
    Clock clock;

    public Map<String, Object> figures(Caller caller, String region, LocalDate from, LocalDate to) {
        String scope = region == null ? caller.region() : region;
        if (scope == null || !caller.covers(scope)) {
            throw ProblemException.forbidden("region " + scope + " is outside your jurisdiction " + caller.region());
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today.plusDays(1) : to;
        if (!start.isBefore(end)) {
            throw ProblemException.invalid(to == null ? "from" : "to", "the period must not be empty (from < to)");
        }
        String prefix = Regions.prefix(scope);
        Instant begin = start.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant finish = end.atStartOfDay(ZoneOffset.UTC).toInstant();

        long pushed = statistics.warningsPushed(prefix, begin, finish);
        Map<String, Long> outcomes = complete(Outcome.class, statistics.warningsByOutcome(prefix, begin, finish));
        long recorded = outcomes.values().stream().mapToLong(Long::longValue).sum();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("region", scope);
        figures.put("from", start);
        figures.put("to", end);
        figures.put("warningsPushed", pushed);
        figures.put("warningsPerDay", BigDecimal.valueOf(pushed)
                .divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end)), 1, RoundingMode.HALF_UP));
        figures.put("warningsByGrade", complete(Grade.class, statistics.warningsByGrade(prefix, begin, finish)));
        figures.put("warningsByOutcome", outcomes);
        figures.put("dissuasionRate", recorded == 0 ? BigDecimal.ZERO.setScale(4) : BigDecimal.valueOf(
                outcomes.get(Outcome.DISSUADED.name())).divide(BigDecimal.valueOf(recorded), 4, RoundingMode.HALF_UP));
        figures.put("medianSecondsToAcknowledge", statistics.medianSecondsToAcknowledge(prefix, begin, finish));
        figures.put("interventionsByKind", complete(InterventionKind.class,
                statistics.interventionsByKind(prefix, begin, finish)));
        figures.put("interventionsByResult", complete(InterventionResult.class,
                statistics.interventionsByResult(prefix, begin, finish)));
        figures.put("amountSecured", statistics.amountSecured(prefix, begin, finish));
        figures.put("medianSecondsStopPaymentToExecuted",
                statistics.medianSecondsStopPaymentToExecuted(prefix, begin, finish));
        return figures;
    }

    private static <E extends Enum<E>> Map<String, Long> complete(Class<E> type, Map<String, Long> counts) {
        Map<String, Long> all = new LinkedHashMap<>();
        for (E value : type.getEnumConstants()) {
            all.put(value.name(), counts.getOrDefault(value.name(), 0L));
        }
        return all;
    }
}
