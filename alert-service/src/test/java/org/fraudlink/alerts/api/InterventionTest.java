package org.fraudlink.alerts.api;

import static org.fraudlink.alerts.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.alerts.support.Api;
import org.fraudlink.alerts.support.TestClock;
import org.fraudlink.platform.testing.TestTokens;

/** Orders to partners: only the addressee sees and answers them; the law's clocks and limits hold. */
@QuarkusTest
class InterventionTest {

    private static final AtomicLong ACCOUNTS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Inject
    DataSource dataSource;

    static String account() {
        return String.format("6222%015d", ACCOUNTS.incrementAndGet());
    }

    static String order(String kind, String target, String account, String amount) {
        return """
                {"kind":"%s","targetOrg":"%s","caseNumber":"150100-2026-000001",
                 "subject":{"kind":"BANK_ACCOUNT","value":"%s"},%s"legalBasis":"Anti-Fraud Law art. 20"}"""
                .formatted(kind, target, account, amount == null ? "" : "\"amount\":" + amount + ",");
    }

    static String issue(String body) {
        return as(Api.hohhot()).body(body).post("/api/v1/interventions").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void onlyTheAddressedBankSeesAndAnswersAStopPayment() {
        String id = issue(order("STOP_PAYMENT", "BANK-A", account(), "50000.00"));
        as(Api.bankA()).get("/api/v1/interventions").then().statusCode(200).body("items.id", hasItem(id));
        as(Api.bankB()).get("/api/v1/interventions").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(Api.bankB()).get("/api/v1/interventions/{id}", id).then().statusCode(404);
        as(Api.bankB()).body("{}").post("/api/v1/interventions/{id}/acknowledge", id).then().statusCode(404);
        as(Api.bankB()).body("{\"result\":\"NOT_FOUND\"}").post("/api/v1/interventions/{id}/result", id)
                .then().statusCode(404);
        as(Api.baotou()).get("/api/v1/interventions/{id}", id).then().statusCode(404);

        as(Api.bankA()).body("{}").post("/api/v1/interventions/{id}/acknowledge", id)
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        as(Api.bankA()).body("{\"result\":\"EXECUTED\",\"amountSecured\":50000.01}")
                .post("/api/v1/interventions/{id}/result", id)
                .then().statusCode(400).body("errors.field", hasItem("amountSecured"));
        as(Api.bankA()).body("{\"result\":\"EXECUTED\",\"amountSecured\":48000.00}")
                .post("/api/v1/interventions/{id}/result", id)
                .then().statusCode(200).body("result", equalTo("EXECUTED")).body("amountSecured", equalTo(48000.00f));
        as(Api.bankA()).body("{\"result\":\"NOT_FOUND\"}").post("/api/v1/interventions/{id}/result", id)
                .then().statusCode(409);
        assertEquals(1, Api.count(dataSource, "SELECT count(*) FROM platform.outbox_event WHERE aggregate_id = ?"
                + " AND type = 'InterventionResolved' AND (payload::jsonb ->> 'amountSecured')::numeric = 48000", id));
        as(Api.hohhot()).get("/api/v1/interventions/{id}", id).then().statusCode(200)
                .body("result", equalTo("EXECUTED"));
    }

    @Test
    void aThirdStopPaymentOnOneAccountIsRefused() {
        String account = account();
        issue(order("STOP_PAYMENT", "BANK-A", account, "1000.00"));
        issue(order("STOP_PAYMENT", "BANK-A", account.substring(0, 4) + " " + account.substring(4), "1000.00"));
        as(Api.hohhot()).body(order("STOP_PAYMENT", "BANK-A", account, "1000.00")).post("/api/v1/interventions")
                .then().statusCode(409);
        assertEquals(2, Api.count(dataSource, "SELECT count(*) FROM intervention WHERE subject_value = ?", account));
        issue(order("FREEZE", "BANK-A", account, "1000.00"));
    }

    @Test
    void aStopPaymentLapsesAfter48HoursUnlessAFreezeFollows() {
        String lapsing = issue(order("STOP_PAYMENT", "BANK-A", account(), "1000.00"));
        String account = account();
        String followed = issue(order("STOP_PAYMENT", "BANK-A", account, "1000.00"));
        as(Api.hohhot()).get("/api/v1/interventions/{id}", lapsing).then().body("hold", equalTo("HOLDING"));
        issue(order("FREEZE", "BANK-A", account, "1000.00"));
        TestClock.CLOCK.advance(Duration.ofHours(48).plusMinutes(1));
        as(Api.hohhot()).get("/api/v1/interventions/{id}", lapsing).then().body("hold", equalTo("LAPSED"));
        as(Api.hohhot()).get("/api/v1/interventions/{id}", followed).then()
                .body("hold", equalTo("FOLLOWED_BY_FREEZE"));
    }

    @Test
    void aFreezeHoldsSixMonthsAndIsRenewed() {
        String freeze = issue(order("FREEZE", "PAY-A", account(), "20000.00"));
        String deadline = as(Api.hohhot()).get("/api/v1/interventions/{id}", freeze).then().extract().path("deadline");
        as(Api.hohhot()).post("/api/v1/interventions/{id}/renew", freeze).then().statusCode(200)
                .body("renewals", equalTo(1)).body("deadline", not(equalTo(deadline)));
        String stop = issue(order("STOP_PAYMENT", "BANK-A", account(), "1.00"));
        as(Api.hohhot()).post("/api/v1/interventions/{id}/renew", stop).then().statusCode(409);
    }

    @Test
    void theTargetMustFitTheOrderAndBeActive() {
        as(Api.hohhot()).body(order("STOP_PAYMENT", "TEL-A", account(), "1.00")).post("/api/v1/interventions")
                .then().statusCode(400).body("errors.field", hasItem("targetOrg"));
        as(Api.hohhot()).body(order("STOP_PAYMENT", "NOBODY", account(), "1.00")).post("/api/v1/interventions")
                .then().statusCode(400).body("errors.field", hasItem("targetOrg"));
        as(Api.hohhot()).body(order("STOP_PAYMENT", "BANK-SUSPENDED", account(), "1.00"))
                .post("/api/v1/interventions").then().statusCode(422);
        as(Api.hohhot()).body(order("STOP_PAYMENT", "BANK-A", account(), null)).post("/api/v1/interventions")
                .then().statusCode(400).body("errors.field", hasItem("amount"));
        as(Api.hohhot()).body(order("STOP_PAYMENT", "BANK-A", account(), "1.001")).post("/api/v1/interventions")
                .then().statusCode(400);
        as(Api.hohhot()).body(order("STOP_PAYMENT", "BANK-A", account(), "-5.00")).post("/api/v1/interventions")
                .then().statusCode(400);
        as(Api.hohhot()).body(order("SEIZE_HOUSE", "BANK-A", account(), "1.00")).post("/api/v1/interventions")
                .then().statusCode(400);
        as(Api.hohhot()).body(order("PHONE_SUSPENSION", "TEL-A", account(), null)
                        .replace("BANK_ACCOUNT", "PHONE").replaceAll("\"value\":\"\\d+\"", "\"value\":\"17000000009\""))
                .post("/api/v1/interventions").then().statusCode(201).body("deadline", org.hamcrest.Matchers
                        .notNullValue());
    }

    @Test
    void onlyPoliceIssueAndOnlyPartnersAnswer() {
        String body = order("STOP_PAYMENT", "BANK-A", account(), "1.00");
        as(Api.bankA()).body(body).post("/api/v1/interventions").then().statusCode(403);
        as(TestTokens.registryAdmin()).body(body).post("/api/v1/interventions").then().statusCode(403);
        io.restassured.RestAssured.given().contentType("application/json").body(body).post("/api/v1/interventions")
                .then().statusCode(401);
        String id = issue(body);
        as(Api.hohhot()).body("{\"result\":\"NOT_FOUND\"}").post("/api/v1/interventions/{id}/result", id)
                .then().statusCode(403);
        as(Api.province()).get("/api/v1/interventions/{id}", id).then().statusCode(200);
    }

    @Test
    void ordersRacingToAPartnerNotYetKnownLocallyAllSucceed() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 4; i++) {
                String body = order("STOP_PAYMENT", "BANK-FRESH", account(), "10.00");
                answers.add(pool.submit(() -> as(Api.hohhot()).body(body).post("/api/v1/interventions")
                        .statusCode()));
            }
            for (var answer : answers) {
                assertEquals(201, answer.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aSuspendedPartnerIsRefused() {
        Api.organisation("BANK-GONE", "BANK", "150000", "SUSPENDED");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                as(TestTokens.partner("BANK-GONE", "BANK", "150000")).get("/api/v1/interventions")
                        .then().statusCode(403));
    }
}
