package org.fraudlink.cases.api;

import static io.restassured.RestAssured.given;
import static org.fraudlink.cases.api.Api.CASES;
import static org.fraudlink.cases.api.Api.as;
import static org.fraudlink.cases.api.Api.hohhot;
import static org.fraudlink.cases.api.Api.open;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.fraudlink.platform.testing.TestTokens;

/** The events case-service consumes, delivered to /internal/events: each applied once, however often it comes. */
@QuarkusTest
class CaseEventsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anAlreadyDefraudedVictimGetsOneReportedCaseHoweverOftenTheEventArrives() {
        UUID warning = UUID.randomUUID();
        String event = warningEvent(UUID.randomUUID(), warning, "ALREADY_DEFRAUDED");
        deliver(event, true);
        deliver(event, false);
        deliver(warningEvent(UUID.randomUUID(), warning, "ALREADY_DEFRAUDED"), true); // re-published, new event id
        assertEquals(1, Api.count(dataSource, "SELECT count(*) FROM fraud_case WHERE warning_id = ?", warning));

        UUID caseId = caseOf(warning);
        var officer = TestTokens.police("HOHHOT-XINCHENG-PSB", "150102");
        as(officer).get(CASES + "/" + caseId).then().statusCode(200)
                .body("status", equalTo("REPORTED"))
                .body("type", equalTo("OTHER"))
                .body("title", equalTo("Victim reached through warning BANK-A-" + warning))
                .body("region", equalTo("150102"))
                .body("owningOrg", equalTo("HOHHOT-XINCHENG-PSB"))
                .body("reportedAt", equalTo("2026-03-01T09:00:00Z"))
                .body("lossAmount", equalTo(0.0f))
                .body("victimCount", equalTo(1))
                .body("warningId", equalTo(warning.toString()))
                .body("number", matchesPattern("150102-2026-\\d{6}"));
        as(officer).get(CASES + "/" + caseId + "/identifiers").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.value", org.hamcrest.Matchers.contains("17000000009", "6222333344445555"));
        assertEquals(1, Api.count(dataSource, "SELECT count(*) FROM platform.audit_record"
                + " WHERE action = 'case.open' AND resource_id = ?", caseId.toString()));
    }

    @Test
    void otherOutcomesOpenNoCase() {
        UUID warning = UUID.randomUUID();
        deliver(warningEvent(UUID.randomUUID(), warning, "DISSUADED"), true);
        assertEquals(0, Api.count(dataSource, "SELECT count(*) FROM fraud_case WHERE warning_id = ?", warning));
    }

    @Test
    void anExecutedInterventionAddsItsAmountOnce() {
        String id = open(hohhot(), "150123");
        String number = as(hohhot()).get(CASES + "/" + id).then().extract().path("number");
        UUID intervention = UUID.randomUUID();
        String event = interventionEvent(UUID.randomUUID(), intervention, number, "EXECUTED", "48000.50");
        deliver(event, true);
        deliver(event, false);
        deliver(interventionEvent(UUID.randomUUID(), intervention, number, "EXECUTED", "48000.50"), true);
        deliver(interventionEvent(UUID.randomUUID(), UUID.randomUUID(), number, "REJECTED", null), true);
        deliver(interventionEvent(UUID.randomUUID(), UUID.randomUUID(), number, "EXECUTED", "1000"), true);
        as(hohhot()).get(CASES + "/" + id).then().body("securedAmount", equalTo(49000.50f));
        assertEquals(3, Api.count(dataSource, "SELECT count(*) FROM intervention_result WHERE case_id = ?",
                UUID.fromString(id)));
    }

    @Test
    void anUnknownCaseNumberIsRecordedAndIgnored() {
        UUID intervention = UUID.randomUUID();
        deliver(interventionEvent(UUID.randomUUID(), intervention, "OTHER-SYSTEM-1", "EXECUTED", "10"), true);
        assertEquals(1, Api.count(dataSource, "SELECT count(*) FROM intervention_result"
                + " WHERE intervention_id = ? AND case_id IS NULL", intervention));
    }

    @Test
    void onlyServicesDeliverEvents() {
        String event = warningEvent(UUID.randomUUID(), UUID.randomUUID(), "ALREADY_DEFRAUDED");
        given().header("Authorization", hohhot().bearer()).contentType(ContentType.JSON).body(event)
                .post("/internal/events").then().statusCode(403);
        given().contentType(ContentType.JSON).body(event).post("/internal/events").then().statusCode(401);
    }

    private UUID caseOf(UUID warning) {
        try (var connection = dataSource.getConnection();
                var select = connection.prepareStatement("SELECT id FROM fraud_case WHERE warning_id = ?")) {
            select.setObject(1, warning);
            try (var row = select.executeQuery()) {
                row.next();
                return (UUID) row.getObject(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deliver(String envelope, boolean applied) {
        given().header("Authorization", TestTokens.service().bearer()).contentType(ContentType.JSON).body(envelope)
                .post("/internal/events").then().statusCode(200).body("applied", equalTo(applied));
    }

    private static String warningEvent(UUID eventId, UUID warning, String result) {
        return """
                {"id":"%s","type":"WarningOutcomeRecorded","aggregateType":"Warning","aggregateId":"%s",
                 "occurredAt":"2026-03-01T09:00:01Z","source":"alert-service","payload":
                 {"warningId":"%s","externalId":"BANK-A-%s","sourceOrg":"BANK-A",
                  "assignedOrg":"HOHHOT-XINCHENG-PSB","result":"%s","channel":"HOTLINE_96110",
                  "recordedAt":"2026-03-01T09:00:00Z",
                  "victim":{"phone":"13800138000","name":"张某","region":"150102"},
                  "indicators":[{"kind":"PHONE","value":"+86 170 0000 0009"},
                                {"kind":"BANK_ACCOUNT","value":"6222-3333-4444-5555"},
                                {"kind":"PHONE","value":"not a phone"}],
                  "observedAt":"2026-03-01T08:55:00Z","futureField":true}}"""
                .formatted(eventId, warning, warning, warning, result);
    }

    private static String interventionEvent(UUID eventId, UUID intervention, String caseNumber, String result,
            String amount) {
        return """
                {"id":"%s","type":"InterventionResolved","aggregateType":"Intervention","aggregateId":"%s",
                 "occurredAt":"2026-03-01T10:00:01Z","source":"alert-service","payload":
                 {"interventionId":"%s","kind":"STOP_PAYMENT","caseNumber":"%s","targetOrg":"BANK-A",
                  "issuingOrg":"HOHHOT-PSB","subject":{"kind":"BANK_ACCOUNT","value":"6222020200112233445"},
                  "result":"%s","amountRequested":50000.00,"amountSecured":%s,
                  "resolvedAt":"2026-03-01T10:00:00Z"}}"""
                .formatted(eventId, intervention, intervention, caseNumber, result, amount);
    }
}
