package org.fraudlink.gateway.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;


import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The press-release report: the contract's headline figures taken from the three statistics answers, the answers
 * themselves, and which of them is {@code missing} (a service down or too slow); a missing part's figures are null.
 */
@Schema(name = "Dashboard")
public record DashboardReport(
        String region,
        String from,
        String to,
        Long casesSolved,
        Epidemic epidemicRelated,
        Long casesSolvedOver500k,
        Long casesSolvedOver1m,
        Long gangsDismantled,
        Long densDestroyed,
        Long suspectsArrested,
        Long cardSanctions,
        Long warningsPushed,
        @Schema(description = "as alert-service reports it") BigDecimal warningsPerDay,
        @Schema(description = "yuan secured by executed interventions (alert-service; case-service's figure when "
                + "alert-service is missing)") BigDecimal amountSecured,
        @Schema(description = "GET /api/v1/stats/cases as answered") Map<String, Object> cases,
        @Schema(description = "GET /api/v1/stats/alerts as answered") Map<String, Object> alerts,
        @Schema(description = "GET /api/v1/registry/stats as answered") Map<String, Object> registry,
        @Schema(description = "parts that could not be had: cases, alerts, registry") List<String> missing) {

    /** The epidemic-related cases solved and their suspects (tag {@code EPIDEMIC}). */
    @Schema(name = "DashboardEpidemic")
    public record Epidemic(Long casesSolved, Long suspectsArrested) {
    }
}
