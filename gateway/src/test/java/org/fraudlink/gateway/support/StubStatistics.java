package org.fraudlink.gateway.support;

import java.math.BigDecimal;

import io.vertx.core.json.JsonObject;

/** The statistics the stub services answer: the figures of the contract's press release, split by service. */
final class StubStatistics {

    private StubStatistics() {
    }

    static JsonObject of(String path, String region, String from, String to) {
        JsonObject stats = new JsonObject().put("region", region == null ? "150000" : region).put("from", from)
                .put("to", to);
        return switch (path) {
            case "/api/v1/stats/cases" -> stats
                    .put("casesSolved", 2585)
                    .put("casesSolvedByType", new JsonObject().put("LOAN", 600).put("OTHER", 1985))
                    .put("casesSolvedByTag", new JsonObject().put("EPIDEMIC", 276))
                    .put("casesSolvedOver500k", 122)
                    .put("casesSolvedOver1m", 31)
                    .put("suspectsArrested", 189)
                    .put("suspectsArrestedByType", new JsonObject().put("LOAN", 89).put("OTHER", 100))
                    .put("suspectsArrestedByTag", new JsonObject().put("EPIDEMIC", 120))
                    .put("gangsDismantled", 108)
                    .put("densDestroyed", 154)
                    .put("totalLoss", new BigDecimal("5200000000.00"))
                    .put("amountSecured", new BigDecimal("3540000000.00"));
            case "/api/v1/stats/alerts" -> stats
                    .put("warningsPushed", 404000)
                    .put("warningsPerDay", 1903.77)
                    .put("warningsByGrade", new JsonObject().put("LOW", 300000).put("MEDIUM", 90000).put("HIGH", 14000))
                    .put("warningsByOutcome", new JsonObject().put("DISSUADED", 380000))
                    .put("dissuasionRate", 0.94)
                    .put("medianSecondsToAcknowledge", 300)
                    .put("interventionsByKind", new JsonObject().put("STOP_PAYMENT", 5000))
                    .put("interventionsByResult", new JsonObject().put("EXECUTED", 4800))
                    .put("amountSecured", new BigDecimal("3540000000.00"))
                    .put("medianSecondsStopPaymentToExecuted", 1800);
            default -> stats
                    .put("cardSanctions", 217)
                    .put("organisations", 40)
                    .put("organisationsByType", new JsonObject().put("POLICE", 20).put("BANK", 20))
                    .put("overdueActionItems", 3);
        };
    }
}
