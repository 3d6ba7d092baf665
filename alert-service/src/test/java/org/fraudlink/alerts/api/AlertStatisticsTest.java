package org.fraudlink.alerts.api;

import static org.fraudlink.alerts.support.Api.as;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.alerts.support.Api;
import org.fraudlink.alerts.support.TestClock;
import org.fraudlink.platform.testing.TestTokens;

/**
 * The alert figures count exactly what happened in the period and the region: leads of another province and of
 * another period stay out. Shanxi (14) is used so the other tests' data stays out of the figures.
 */
@QuarkusTest
class AlertStatisticsTest {

    @Test
    void figuresAreExactForTheRegionAndPeriod() {
        TestTokens shanxi = TestTokens.taskForce("SX-PSD", "140000");
        String year = "2025";
        for (int i = 0; i < 3; i++) {
            as(Api.bankA()).body(Api.warning(Api.newId(), "140105", "[]").replaceAll("\"observedAt\":\"[^\"]+\"",
                    "\"observedAt\":\"" + year + "-03-0" + (i + 1) + "T08:00:00Z\"")).post("/api/v1/warnings")
                    .then().statusCode(201);
        }
        as(Api.bankA()).body(Api.warning(Api.newId(), "140105", "[]").replaceAll("\"observedAt\":\"[^\"]+\"",
                "\"observedAt\":\"" + year + "-05-01T08:00:00Z\"")).post("/api/v1/warnings").then().statusCode(201);
        as(shanxi).queryParam("from", year + "-03-01").queryParam("to", year + "-04-01").get("/api/v1/stats/alerts")
                .then().statusCode(200)
                .body("region", equalTo("140000"))
                .body("warningsPushed", equalTo(3))
                .body("warningsPerDay", equalTo(0.1f))
                .body("warningsByGrade.LOW", equalTo(3))
                .body("warningsByGrade.HIGH", equalTo(0))
                .body("interventionsByKind.STOP_PAYMENT", equalTo(0))
                .body("amountSecured", equalTo(0.00f));
    }

    @Test
    void amountsSecuredCountWhenExecuted() {
        TestTokens taiyuan = TestTokens.police("TAIYUAN-PSB", "140100");
        String today = LocalDate.ofInstant(TestClock.now(), ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.ofInstant(TestClock.now(), ZoneOffset.UTC).plusDays(1).toString();
        String id = as(taiyuan).body(InterventionTest.order("STOP_PAYMENT", "BANK-A", InterventionTest.account(),
                "900.00")).post("/api/v1/interventions").then().statusCode(201).extract().path("id");
        as(Api.bankA()).body("{\"result\":\"EXECUTED\",\"amountSecured\":750.50}")
                .post("/api/v1/interventions/{id}/result", id).then().statusCode(200);
        as(TestTokens.taskForce("SX-PSD", "140000")).queryParam("region", "140100").queryParam("from", today)
                .queryParam("to", tomorrow).get("/api/v1/stats/alerts").then().statusCode(200)
                .body("amountSecured", equalTo(750.50f))
                .body("interventionsByResult.EXECUTED", equalTo(1));
    }

    @Test
    void onlyTheTaskForceWithinItsJurisdiction() {
        as(TestTokens.taskForce("SX-PSD", "140000")).queryParam("region", "150000").get("/api/v1/stats/alerts")
                .then().statusCode(403);
        as(Api.hohhot()).get("/api/v1/stats/alerts").then().statusCode(403);
        as(Api.bankA()).get("/api/v1/stats/alerts").then().statusCode(403);
        as(Api.province()).queryParam("from", "2026-13-01").get("/api/v1/stats/alerts").then().statusCode(400);
    }
}
