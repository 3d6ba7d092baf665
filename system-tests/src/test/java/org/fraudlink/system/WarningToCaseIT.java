package org.fraudlink.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
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
 * A bank's risk monitor spots a likely victim; the warning reaches the district unit that registry-service names for
 * the victim's region; the officer finds the victim already defrauded, and case-service opens a REPORTED case for it.
 */
@ExtendWith(Suite.class)
class WarningToCaseIT {

    @Test
    void aDefraudedVictimFoundThroughABankWarningBecomesAReportedCaseOfTheDistrictUnit() {
        Coalition coalition = Coalition.get();
        String bank = coalition.token(Coalition.BANK_A);
        String district = coalition.token(Coalition.XINCHENG);
        String externalId = "BANK-A-" + UUID.randomUUID();
        Map<String, Object> warning = Map.of(
                "externalId", externalId,
                "sourceKind", "BANK_RISK_MONITOR",
                "victim", Map.of("phone", "+86 138-0013-8000", "name", "张某", "region", "150102"),
                "indicators", List.of(Map.of("kind", "PHONE", "value", "170 0000 0001")),
                "observedAt", Instant.now().minus(5, ChronoUnit.MINUTES).toString());

        String warningId = Api.as(bank).body(warning).post("/api/v1/warnings")
                .then().statusCode(201)
                .body("assignedOrg", equalTo(Coalition.XINCHENG))
                .body("status", equalTo("DISPATCHED"))
                .body("grade", notNullValue())
                .extract().path("id");

        // the same lead sent again is the same warning, never a second one
        Api.as(bank).body(warning).post("/api/v1/warnings")
                .then().statusCode(200).body("id", equalTo(warningId));

        Api.as(district).get("/api/v1/warnings")
                .then().statusCode(200).body("items.id", hasItem(warningId));
        Api.as(coalition.token(Coalition.BAOTOU)).get("/api/v1/warnings/{id}", warningId)
                .then().statusCode(404);

        Api.as(district).body(Map.of()).post("/api/v1/warnings/{id}/acknowledge", warningId)
                .then().statusCode(200);
        Api.as(district)
                .body(Map.of("result", "ALREADY_DEFRAUDED", "channel", "HOTLINE_96110",
                        "notes", "victim transferred 30,000 yuan before the call"))
                .post("/api/v1/warnings/{id}/outcome", warningId)
                .then().statusCode(200);

        // the bank follows what became of its lead, without the unit's notes
        Api.as(bank).get("/api/v1/warnings/{id}", warningId)
                .then().statusCode(200)
                .body("outcome", equalTo("ALREADY_DEFRAUDED"))
                .body("notes", nullValue());

        String caseId = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> caseOpenedFor(district, warningId), id -> id != null);
        Api.as(district).get("/api/v1/cases/{id}", caseId)
                .then().statusCode(200)
                .body("status", equalTo("REPORTED"))
                .body("owningOrg", equalTo(Coalition.XINCHENG))
                .body("region", equalTo("150102"))
                .body("warningId", equalTo(warningId));
        Api.as(bank).get("/api/v1/cases/{id}", caseId).then().statusCode(403);
        Api.as(coalition.token(Coalition.BAOTOU)).get("/api/v1/cases/{id}", caseId).then().statusCode(404);
    }

    @Test
    void anotherBankCannotSeeTheLead() {
        Coalition coalition = Coalition.get();
        String warningId = Api.as(coalition.token(Coalition.BANK_A))
                .body(Map.of("externalId", "BANK-A-" + UUID.randomUUID(), "sourceKind", "BANK_RISK_MONITOR",
                        "victim", Map.of("phone", "13900000000", "region", "150105"),
                        "indicators", List.of(), "observedAt", Instant.now().toString()))
                .post("/api/v1/warnings")
                .then().statusCode(201).extract().path("id");
        Api.as(coalition.token(Coalition.BANK_B)).get("/api/v1/warnings/{id}", warningId).then().statusCode(404);
        Api.as(coalition.token(Coalition.BANK_B)).get("/api/v1/warnings")
                .then().statusCode(200).body("items.id", not(hasItem(warningId)));
    }

    private static String caseOpenedFor(String token, String warningId) {
        List<Map<String, Object>> items = Api.as(token).queryParam("status", "REPORTED").queryParam("size", 500)
                .get("/api/v1/cases").then().statusCode(200).extract().path("items");
        return items.stream().filter(c -> warningId.equals(c.get("warningId")))
                .map(c -> (String) c.get("id")).findFirst().orElse(null);
    }
}
