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
        expected.put("/casesSolved", figures.casesSolved());
        expected.put("/epidemicRelated/casesSolved", figures.epidemicCases());
        expected.put("/epidemicRelated/suspectsArrested", figures.epidemicSuspects());
        expected.put("/casesSolvedOver500k", figures.casesOver500k());
        expected.put("/casesSolvedOver1m", figures.casesOver1m());
        expected.put("/gangsDismantled", figures.gangs());
        expected.put("/densDestroyed", figures.dens());
        expected.put("/cases/suspectsArrestedByTag/CARD_BREAKING", figures.cardSuspects());
        expected.put("/cardSanctions", figures.sanctions());
        expected.put("/warningsPushed", figures.warnings());
        expected.put("/amountSecured", figures.amountSecured());
        // case-service's own total of the amounts its cases were told of must agree with alert-service's
        expected.put("/cases/amountSecured", figures.amountSecured());
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
