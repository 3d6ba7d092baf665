package org.fraudlink.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A receiving account confirmed in a filed Hohhot case is flagged in alert-service: partners' flag checks answer yes
 * and a new warning naming it is graded HIGH. A Baotou officer cannot read the case but learns that it shares the
 * account.
 */
@ExtendWith(Suite.class)
class IdentifierFlagIT {

    @Test
    void anAccountConfirmedByAFiledCaseRaisesNewWarningsToHigh() {
        Coalition coalition = Coalition.get();
        String hohhot = coalition.token(Coalition.HOHHOT);
        String bank = coalition.token(Coalition.BANK_A);
        String account = "62220202" + String.format("%011d", Math.abs(UUID.randomUUID().getMostSignificantBits()) % 100_000_000_000L);

        Map<String, Object> created = Api.as(hohhot)
                .body(Map.of("type", "PIG_BUTCHERING", "title", "Romance investment scam, Saihan district",
                        "region", "150105", "reportedAt", Instant.now().minus(1, ChronoUnit.DAYS).toString(),
                        "lossAmount", 230000.00, "victimCount", 1))
                .post("/api/v1/cases")
                .then().statusCode(201).body("status", equalTo("REPORTED"))
                .extract().path("");
        String caseId = (String) created.get("id");
        String spaced = account.substring(0, 4) + " " + account.substring(4, 8) + " " + account.substring(8);
        Api.as(hohhot).body(Map.of("kind", "BANK_ACCOUNT", "value", spaced, "role", "RECEIVING_ACCOUNT"))
                .post("/api/v1/cases/{id}/identifiers", caseId)
                .then().statusCode(201).body("value", equalTo(account));

        // not confirmed while the case is only reported
        Api.as(bank).get("/api/v1/flags/BANK_ACCOUNT/{value}", account)
                .then().statusCode(200).body("flagged", equalTo(false));

        Api.as(hohhot).body(Map.of("to", "FILED", "reason", "evidence of fraud"))
                .post("/api/v1/cases/{id}/transitions", caseId)
                .then().statusCode(200).body("status", equalTo("FILED"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                Boolean.TRUE.equals(Api.as(bank).get("/api/v1/flags/BANK_ACCOUNT/{value}", account)
                        .then().statusCode(200).extract().path("flagged")));

        String dashed = account.substring(0, 6) + "-" + account.substring(6);
        Api.as(bank)
                .body(Map.of("externalId", "BANK-A-" + UUID.randomUUID(), "sourceKind", "BANK_RISK_MONITOR",
                        "victim", Map.of("phone", "13700000000", "region", "150102"),
                        "indicators", List.of(Map.of("kind", "BANK_ACCOUNT", "value", dashed)),
                        "observedAt", Instant.now().toString(), "riskHint", "LOW"))
                .post("/api/v1/warnings")
                .then().statusCode(201)
                .body("grade", equalTo("HIGH"))
                .body("channel", equalTo("IN_PERSON"))
                .body("riskReasons", not(empty()));

        // need to know: another city's officer sees the shared account, not the case
        String baotou = coalition.token(Coalition.BAOTOU);
        Api.as(baotou).get("/api/v1/cases/{id}", caseId).then().statusCode(404);
        Api.as(baotou).get("/api/v1/identifiers/BANK_ACCOUNT/{value}/cases", account)
                .then().statusCode(200)
                .body("items.caseNumber", hasItem(created.get("number")))
                .body("items[0].owningOrg", equalTo(Coalition.HOHHOT))
                .body("items[0].title", nullValue())
                .body("items[0].lossAmount", nullValue());
    }
}
