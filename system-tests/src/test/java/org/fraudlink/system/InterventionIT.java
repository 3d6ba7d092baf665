package org.fraudlink.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Hohhot officer asks bank A for an emergency stop-payment. Only bank A sees the order; it executes it, and the
 * amount secured appears on the case and in the task force's dashboard.
 */
@ExtendWith(Suite.class)
class InterventionIT {

    @Test
    void aStopPaymentIsSeenByItsBankOnlyAndTheSecuredAmountReachesTheCaseAndTheDashboard() {
        Coalition coalition = Coalition.get();
        String hohhot = coalition.token(Coalition.HOHHOT);
        String bankA = coalition.token(Coalition.BANK_A);
        String bankB = coalition.token(Coalition.BANK_B);
        String province = coalition.token(Coalition.PROVINCE);

        Map<String, Object> created = Api.as(hohhot)
                .body(Map.of("type", "FAKE_CUSTOMER_SERVICE", "title", "Fake refund call",
                        "region", "150102", "reportedAt", Instant.now().minus(2, ChronoUnit.HOURS).toString(),
                        "lossAmount", 50000.00))
                .post("/api/v1/cases")
                .then().statusCode(201).extract().path("");
        String caseId = (String) created.get("id");
        String caseNumber = (String) created.get("number");

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        BigDecimal securedBefore = dashboardAmountSecured(province, today, tomorrow);

        String orderId = Api.as(hohhot)
                .body(Map.of("kind", "STOP_PAYMENT", "targetOrg", Coalition.BANK_A, "caseNumber", caseNumber,
                        "subject", Map.of("kind", "BANK_ACCOUNT", "value", "6222020200998877665"),
                        "amount", 50000.00, "legalBasis", "Anti-Telecom and Online Fraud Law, art. 20"))
                .post("/api/v1/interventions")
                .then().statusCode(201).body("status", equalTo("PENDING"))
                .extract().path("id");

        Api.as(bankA).get("/api/v1/interventions").then().statusCode(200).body("items.id", hasItem(orderId));
        Api.as(bankB).get("/api/v1/interventions").then().statusCode(200).body("items.id", not(hasItem(orderId)));
        Api.as(bankB).get("/api/v1/interventions/{id}", orderId).then().statusCode(404);
        Api.as(bankB).body(Map.of("result", "EXECUTED", "amountSecured", 1.00))
                .post("/api/v1/interventions/{id}/result", orderId).then().statusCode(404);

        Api.as(bankA).body(Map.of()).post("/api/v1/interventions/{id}/acknowledge", orderId)
                .then().statusCode(200);
        // more than was asked for is refused, naming the field
        Api.as(bankA).body(Map.of("result", "EXECUTED", "amountSecured", 60000.00))
                .post("/api/v1/interventions/{id}/result", orderId)
                .then().statusCode(400).body("errors.field", hasItem("amountSecured"));
        Api.as(bankA).body(Map.of("result", "EXECUTED", "amountSecured", 48000.00))
                .post("/api/v1/interventions/{id}/result", orderId)
                .then().statusCode(200).body("result", equalTo("EXECUTED"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                Api.assertMoney("48000.00", Api.as(hohhot).get("/api/v1/cases/{id}", caseId)
                        .then().statusCode(200).extract().path("securedAmount")));

        BigDecimal securedAfter = dashboardAmountSecured(province, today, tomorrow);
        Api.assertMoney("48000.00", securedAfter.subtract(securedBefore));
    }

    private static BigDecimal dashboardAmountSecured(String token, String from, String to) {
        Object amount = Api.as(token).queryParam("region", "150000").queryParam("from", from).queryParam("to", to)
                .get("/api/v1/dashboard")
                .then().statusCode(200).extract().path("amountSecured");
        return new BigDecimal(String.valueOf(amount));
    }
}
