package org.fraudlink.cases.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fraudlink.cases.persistence.StatisticsRepository;
import org.fraudlink.cases.persistence.StatisticsRepository.SolvedByType;
import org.fraudlink.platform.problem.ProblemException;
import org.fraudlink.platform.security.Caller;
import org.fraudlink.platform.security.Regions;

/**
 * The case figures of the dashboard (docs/service-apis.md), for a region inside the caller's jurisdiction and a
 * period of UTC days {@code [from, to)}.
 */
@ApplicationScoped
public class CaseStatistics {

    @Inject
    StatisticsRepository statistics;

    @Inject
    Clock clock;

    /**
     * @param region the region to count (null: the caller's jurisdiction); 403 when outside it
     * @param from first day (null: 1 January of this year)
     * @param to day after the last (null: tomorrow, so today counts)
     */
    public Map<String, Object> figures(Caller caller, String region, LocalDate from, LocalDate to) {
        CaseScope.jurisdictionPrefix(caller);
        String scope = region == null ? caller.region() : region;
        if (!caller.covers(scope)) {
            throw ProblemException.forbidden("region " + scope + " is outside your jurisdiction " + caller.region());
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today.plusDays(1) : to;
        if (!start.isBefore(end)) {
            throw ProblemException.invalid(to == null ? "from" : "to", "the period must not be empty (from < to)");
        }
        String prefix = Regions.prefix(scope);
        Map<String, Long> solvedByType = new LinkedHashMap<>();
        for (CaseType type : CaseType.values()) {
            solvedByType.put(type.name(), 0L);
        }
        long solved = 0;
        long over500k = 0;
        long over1m = 0;
        for (SolvedByType row : statistics.solvedByType(prefix, start, end)) {
            solvedByType.put(row.type(), row.solved());
            solved += row.solved();
            over500k += row.over500k();
            over1m += row.over1m();
        }
        Map<String, Long> arrestedByType = new LinkedHashMap<>();
        for (CaseType type : CaseType.values()) {
            arrestedByType.put(type.name(), 0L);
        }
        arrestedByType.putAll(statistics.arrestedByType(prefix, start, end));
        long arrested = arrestedByType.values().stream().mapToLong(Long::longValue).sum();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("region", scope);
        figures.put("from", start);
        figures.put("to", end);
        figures.put("casesSolved", solved);
        figures.put("casesSolvedByType", solvedByType);
        figures.put("casesSolvedByTag", statistics.solvedByTag(prefix, start, end));
        figures.put("casesSolvedOver500k", over500k);
        figures.put("casesSolvedOver1m", over1m);
        figures.put("suspectsArrested", arrested);
        figures.put("suspectsArrestedByType", arrestedByType);
        figures.put("suspectsArrestedByTag", statistics.arrestedByTag(prefix, start, end));
        figures.put("gangsDismantled", statistics.gangsDismantled(prefix, start, end));
        figures.put("densDestroyed", statistics.densDestroyed(prefix, start, end));
        figures.put("totalLoss", money(statistics.totalLoss(prefix, start, end)));
        figures.put("amountSecured", money(statistics.amountSecured(prefix, start, end)));
        return figures;
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2);
    }
}
