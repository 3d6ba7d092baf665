package org.fraudlink.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Emergency stop-payments issued by the bureaus on their solved cases and executed by the banks: the amounts secured
 * add up to the report's total exactly (the last order takes the odd fen).
 */
final class StopPaymentLoader {

    private StopPaymentLoader() {
    }

    static BigDecimal amountOfOrder(PressRelease figures, int index) {
        BigDecimal each = figures.amountSecured().divide(BigDecimal.valueOf(figures.stopPayments()), 2,
                java.math.RoundingMode.DOWN);
        if (index < figures.stopPayments() - 1) {
            return each;
        }
        return figures.amountSecured().subtract(each.multiply(BigDecimal.valueOf(figures.stopPayments() - 1L)));
    }

    static void stopAndExecute(int index, CaseLoader.MadeCase madeCase, BigDecimal amount, String bankCode,
            FraudlinkClient.Session bureau, FraudlinkClient.Session bank, Period period) {
        Instant issued = madeCase.solvedAt().isBefore(period.at(0.99)) ? madeCase.solvedAt()
                : period.at(0.99);
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("kind", "STOP_PAYMENT");
        order.put("targetOrg", bankCode);
        order.put("caseNumber", madeCase.number());
        order.put("subject", Map.of("kind", "BANK_ACCOUNT", "value", String.format("6217%015d", index)));
        order.put("amount", amount);
        order.put("legalBasis", "《反电信网络诈骗法》第二十条；紧急止付");
        order.put("issuedAt", issued.toString());
        JsonNode made = bureau.post("/api/v1/interventions", order);
        String path = "/api/v1/interventions/" + made.path("id").asText();
        bank.post(path + "/acknowledge", Map.of("at", issued.plus(Duration.ofMinutes(10)).toString()));
        bank.post(path + "/result", Map.of("result", "EXECUTED", "amountSecured", amount,
                "at", issued.plus(Duration.ofMinutes(40)).toString()));
    }

    static String bankFor(int index, List<String> moneyHolders) {
        return moneyHolders.get(index % moneyHolders.size());
    }
}
