package org.fraudlink.gateway.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Composes the report from whichever statistics answers arrived; plain code, no HTTP. */
final class PressReport {

    static final String EPIDEMIC_TAG = "EPIDEMIC";

    private static final ObjectMapper EXACT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private PressReport() {
    }

    static DashboardReport compose(JsonNode cases, JsonNode alerts, JsonNode registry) {
        List<String> missing = new ArrayList<>();
        if (cases == null) {
            missing.add("cases");
        }
        if (alerts == null) {
            missing.add("alerts");
        }
        if (registry == null) {
            missing.add("registry");
        }
        JsonNode any = cases != null ? cases : alerts != null ? alerts : registry;
        return new DashboardReport(
                text(any, "region"),
                text(any, "from"),
                text(any, "to"),
                count(cases, "casesSolved"),
                cases == null ? null : new DashboardReport.Epidemic(
                        count(cases.path("casesSolvedByTag"), EPIDEMIC_TAG, 0),
                        count(cases.path("suspectsArrestedByTag"), EPIDEMIC_TAG, 0)),
                count(cases, "casesSolvedOver500k"),
                count(cases, "casesSolvedOver1m"),
                count(cases, "gangsDismantled"),
                count(cases, "densDestroyed"),
                count(cases, "suspectsArrested"),
                count(registry, "cardSanctions"),
                count(alerts, "warningsPushed"),
                alerts == null || !alerts.hasNonNull("warningsPerDay") ? null
                        : alerts.get("warningsPerDay").decimalValue(),
                alerts != null ? money(alerts, "amountSecured") : money(cases, "amountSecured"),
                asMap(cases),
                asMap(alerts),
                asMap(registry),
                List.copyOf(missing));
    }

    /** A statistics answer as it came, numbers exact (money keeps its two fraction digits). */
    private static Map<String, Object> asMap(JsonNode answer) {
        return answer == null ? null : EXACT.convertValue(answer, new TypeReference<Map<String, Object>>() {
        });
    }

    private static String text(JsonNode node, String field) {
        return node == null || !node.hasNonNull(field) ? null : node.get(field).asText();
    }

    private static Long count(JsonNode node, String field) {
        return node == null || !node.hasNonNull(field) ? null : node.get(field).asLong();
    }

    /** A breakdown's entry; absent means none counted. */
    private static Long count(JsonNode breakdown, String key, long absent) {
        return breakdown.hasNonNull(key) ? breakdown.get(key).asLong() : absent;
    }

    private static BigDecimal money(JsonNode node, String field) {
        // yuan with two fraction digits, written plain whatever form the service used
        return node == null || !node.hasNonNull(field) ? null
                : node.get(field).decimalValue().setScale(2, RoundingMode.HALF_UP);
    }
}
