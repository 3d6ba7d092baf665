package org.fraudlink.demo;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads the dashboard for the province and period, and compares each figure of the report with what it shows. */
final class DashboardCheck {

    private DashboardCheck() {
    }

    /** The report's figures, keyed by the JSON pointer of the dashboard answer that shows each. */
    static Map<String, Object> expected(PressRelease figures) {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("/cases/casesSolved", figures.casesSolved());
        expected.put("/cases/casesSolvedByTag/EPIDEMIC", figures.epidemicCases());
        expected.put("/cases/suspectsArrestedByTag/EPIDEMIC", figures.epidemicSuspects());
        expected.put("/cases/casesSolvedOver500k", figures.casesOver500k());
        expected.put("/cases/casesSolvedOver1m", figures.casesOver1m());
        expected.put("/cases/gangsDismantled", figures.gangs());
        expected.put("/cases/densDestroyed", figures.dens());
        expected.put("/cases/suspectsArrestedByTag/CARD_BREAKING", figures.cardSuspects());
        expected.put("/registry/cardSanctions", figures.sanctions());
        expected.put("/alerts/warningsPushed", figures.warnings());
        expected.put("/alerts/amountSecured", figures.amountSecured());
        return expected;
    }

    /** Prints figure by figure; answers whether every one matches. */
    static boolean compare(JsonNode dashboard, PressRelease figures, PrintStream out) {
        boolean allMatch = true;
        out.printf("  %-42s %18s %18s%n", "figure", "report", "dashboard");
        for (Map.Entry<String, Object> figure : expected(figures).entrySet()) {
            JsonNode shown = dashboard.at(figure.getKey());
            boolean match = !shown.isMissingNode()
                    && new BigDecimal(shown.asText()).compareTo(new BigDecimal(figure.getValue().toString())) == 0;
            allMatch &= match;
            out.printf("  %-42s %18s %18s %s%n", figure.getKey(), figure.getValue(),
                    shown.isMissingNode() ? "(missing)" : shown.asText(), match ? "ok" : "MISMATCH");
        }
        return allMatch;
    }
}
