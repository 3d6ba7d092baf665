package org.fraudlink.alerts.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.fraudlink.alerts.persistence.IndicatorEntity;
import org.fraudlink.alerts.persistence.InterventionEntity;
import org.fraudlink.alerts.persistence.WarningEntity;
import org.fraudlink.platform.events.EventPublisher;

/** What alert-service publishes (docs/events.md), through the platform outbox in the caller's transaction. */
@ApplicationScoped
public class AlertEvents {

    @Inject
    EventPublisher publisher;

    /** Payload of {@code WarningOutcomeRecorded}. */
    public record WarningOutcomeRecorded(UUID warningId, String externalId, String sourceOrg, String assignedOrg,
            String result, String channel, Instant recordedAt, Map<String, String> victim,
            List<Map<String, String>> indicators, Instant observedAt) {
    }

    /** Payload of {@code InterventionResolved}. */
    public record InterventionResolved(UUID interventionId, String kind, String caseNumber, String targetOrg,
            String issuingOrg, Map<String, String> subject, String result, BigDecimal amountRequested,
            BigDecimal amountSecured, Instant resolvedAt) {
    }

    public void warningOutcomeRecorded(WarningEntity warning, List<IndicatorEntity> indicators) {
        Map<String, String> victim = new java.util.LinkedHashMap<>();
        victim.put("phone", warning.victimPhone);
        if (warning.victimName != null) {
            victim.put("name", warning.victimName);
        }
        victim.put("region", warning.victimRegion);
        publisher.publish("WarningOutcomeRecorded", "Warning", warning.id.toString(), new WarningOutcomeRecorded(
                warning.id, warning.externalId, warning.sourceOrg, warning.assignedOrg, warning.outcome.name(),
                warning.outcomeChannel.name(), warning.outcomeAt, victim,
                indicators.stream().map(i -> Map.of("kind", i.kind, "value", i.value)).toList(),
                warning.observedAt));
    }

    public void interventionResolved(InterventionEntity order) {
        publisher.publish("InterventionResolved", "Intervention", order.id.toString(), new InterventionResolved(
                order.id, order.kind.name(), order.caseNumber, order.targetOrg, order.issuingOrg,
                Map.of("kind", order.subjectKind, "value", order.subjectValue), order.result.name(), order.amount,
                order.amountSecured, order.resolvedAt));
    }
}
