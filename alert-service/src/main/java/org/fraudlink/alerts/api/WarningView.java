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
import org.fraudlink.alerts.persistence.HopEntity;
import org.fraudlink.alerts.persistence.IndicatorEntity;
import org.fraudlink.alerts.persistence.WarningEntity;

/** A warning as the unit handling it and the task force see it. */
public record WarningView(UUID id, String externalId, String sourceOrg, SourceKind sourceKind,
        Map<String, String> victim, List<Map<String, String>> indicators, Instant observedAt, Grade riskHint,
        Grade grade, List<String> riskReasons, Channel channel, WarningStatus status, String assignedOrg,
        boolean needsRerouting, int escalationLevel, Instant dispatchedAt, Instant ackDueAt, Instant outcomeDueAt,
        Instant acknowledgedAt, Outcome outcome, Channel outcomeChannel, String notes, Instant outcomeAt,
        List<Hop> hops, long version, Instant createdAt) {

    /** One step of the warning's way between units. */
    public record Hop(String from, String to, String reason, Instant at) {
    }

    static WarningView of(WarningEntity w, List<IndicatorEntity> indicators, List<HopEntity> hops) {
        Map<String, String> victim = new java.util.LinkedHashMap<>();
        victim.put("phone", w.victimPhone);
        victim.put("name", w.victimName);
        victim.put("region", w.victimRegion);
        return new WarningView(w.id, w.externalId, w.sourceOrg, w.sourceKind, victim,
                indicators.stream().map(i -> Map.of("kind", i.kind, "value", i.value)).toList(), w.observedAt,
                w.riskHint, w.grade, List.of(w.riskReasons), w.channel, w.status, w.assignedOrg, w.needsRerouting,
                w.escalationLevel, w.dispatchedAt, w.ackDueAt, w.outcomeDueAt, w.acknowledgedAt, w.outcome,
                w.outcomeChannel, w.notes, w.outcomeAt,
                hops.stream().map(h -> new Hop(h.fromOrg, h.toOrg, h.reason, h.at)).toList(), w.version,
                w.createdAt);
    }
}
