package org.fraudlink.alerts.domain;

import java.time.Instant;
import java.util.List;

/** A warning lead as a partner or the task force submits it (validated for shape by the API layer). */
public record NewWarning(String externalId, SourceKind sourceKind, String victimPhone, String victimName,
        String victimRegion, List<Indicator> indicators, Instant observedAt, Grade riskHint) {

    /** An identifier as sent, before normalisation. */
    public record Indicator(String kind, String value) {
    }
}
