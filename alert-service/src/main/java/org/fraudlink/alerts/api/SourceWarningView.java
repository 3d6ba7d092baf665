package org.fraudlink.alerts.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fraudlink.alerts.domain.Channel;
import org.fraudlink.alerts.domain.Grade;
import org.fraudlink.alerts.domain.Outcome;
import org.fraudlink.alerts.domain.SourceKind;
import org.fraudlink.alerts.domain.WarningStatus;
import org.fraudlink.alerts.persistence.IndicatorEntity;
import org.fraudlink.alerts.persistence.WarningEntity;

/**
 * A warning as the partner that sent it follows it: what it sent (normalised), status, grade and outcome — not the
 * unit's notes, deadlines or the warning's way between units.
 */
public record SourceWarningView(UUID id, String externalId, SourceKind sourceKind, Map<String, String> victim,
        List<Map<String, String>> indicators, Instant observedAt, Grade grade, List<String> riskReasons,
        Channel channel, WarningStatus status, String assignedOrg, Outcome outcome, Instant outcomeAt,
        Instant createdAt) {

    static SourceWarningView of(WarningEntity w, List<IndicatorEntity> indicators) {
        Map<String, String> victim = new java.util.LinkedHashMap<>();
        victim.put("phone", w.victimPhone);
        victim.put("name", w.victimName);
        victim.put("region", w.victimRegion);
        return new SourceWarningView(w.id, w.externalId, w.sourceKind, victim,
                indicators.stream().map(i -> Map.of("kind", i.kind, "value", i.value)).toList(), w.observedAt,
                w.grade, List.of(w.riskReasons), w.channel, w.status, w.assignedOrg, w.outcome, w.outcomeAt,
                w.createdAt);
    }
}
