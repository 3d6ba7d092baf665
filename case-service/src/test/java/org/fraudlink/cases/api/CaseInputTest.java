package org.fraudlink.cases.api;

import static org.fraudlink.cases.api.Api.CASES;
import static org.fraudlink.cases.api.Api.as;
import static org.fraudlink.cases.api.Api.hohhot;
import static org.fraudlink.cases.api.Api.open;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.platform.testing.TestTokens;

/** Bad input of every kind answers a problem naming the field, and writes nothing. */
@QuarkusTest
class CaseInputTest {

    private static final String PROBLEMS = "https://fraudlink.org/problems/";
    private static final String FUTURE = Instant.now().plus(2, ChronoUnit.DAYS).toString();

    @Inject
    AgroalDataSource dataSource;

    @Test
    void badCasesAreRefusedNamingTheField() {
        refused(CASES, body("\"lossAmount\":-1"), "validation", "lossAmount");
        refused(CASES, body("\"lossAmount\":10.005"), "validation", "lossAmount");
        refused(CASES, body("\"lossAmount\":\"12\""), "wrong-type", "lossAmount");
        refused(CASES, body("\"type\":\"PHISHING\""), "unknown-value", "type");
        refused(CASES, body("\"titel\":\"typo\""), "unknown-field", "titel");
        refused(CASES, body("\"reportedAt\":\"" + FUTURE + "\""), "validation", "reportedAt");
        refused(CASES, body("\"occurredAt\":\"" + FUTURE + "\""), "validation", "occurredAt");
        refused(CASES, body("\"reportedAt\":\"1989-12-31T00:00:00Z\""), "validation", "reportedAt");
        refused(CASES, body("\"occurredAt\":\"2026-01-11T00:00:00Z\""), "validation", "occurredAt");
        refused(CASES, body("\"reportedAt\":\"yesterday\""), "wrong-type", "reportedAt");
        refused(CASES, body("\"region\":\"15010\""), "validation", "region");
        refused(CASES, body("\"region\":\"159999\""), "validation", "region");
        refused(CASES, body("\"victimCount\":-2"), "validation", "victimCount");
        refused(CASES, body("\"tags\":[\"epidemic\"]"), "validation", "tags[0]");
        refused(CASES, body("\"title\":\"  \""), "validation", "title");
        refused(CASES, "{\"type\":\"LOAN\",\"title\":\"t\",\"region\":\"150104\",\"lossAmount\":1}",
                "validation", "reportedAt");
        String before = state();
        as(hohhot()).body("{\"type\":\"LOAN\",").post(CASES).then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "malformed-json"));
        as(hohhot()).body("{\"type\":\"LOAN\",\"type\":\"OTHER\"}").post(CASES).then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "malformed-json"));
        assertEquals(before, state());
    }

    @Test
    void badChangesAndTransitionsAreRefused() {
        String id = open(hohhot(), "150104");
        refused(CASES + "/" + id, "PATCH", "{\"version\":0,\"lossAmount\":-5}", "validation", "lossAmount");
        refused(CASES + "/" + id, "PATCH", "{\"lossAmount\":5}", "validation", "version");
        refused(CASES + "/" + id, "PATCH", "{\"version\":0,\"number\":\"X\"}", "unknown-field", "number");
        refused(CASES + "/" + id + "/transitions", "{\"to\":\"ARCHIVED\",\"reason\":\"r\"}", "unknown-value", "to");
        refused(CASES + "/" + id + "/transitions", "{\"to\":\"FILED\"}", "validation", "reason");
        refused(CASES + "/" + id + "/transitions", "{\"to\":\"FILED\",\"reason\":\"r\",\"at\":\"" + FUTURE + "\"}",
                "validation", "at");
        as(hohhot()).get(CASES + "/" + id).then().body("status", equalTo("REPORTED")).body("version", equalTo(0));
    }

    @Test
    void badIdentifiersSuspectsGangsAndDensAreRefused() {
        String id = open(hohhot(), "150104");
        String path = CASES + "/" + id;
        refused(path + "/identifiers", "{\"kind\":\"PHONE\",\"value\":\"call me\"}", "validation", "value");
        refused(path + "/identifiers", "{\"kind\":\"FAX\",\"value\":\"1\"}", "unknown-value", "kind");
        refused(path + "/identifiers", "{\"kind\":\"DOMAIN\",\"value\":\"not a domain\"}", "validation", "value");
        refused(path + "/identifiers", "{\"kind\":\"PHONE\",\"value\":\"13800000000\",\"role\":\"contact\"}",
                "validation", "role");
        refused(path + "/suspects", "{\"name\":\"Z\",\"status\":\"WANTED\",\"arrestedAt\":\"2026-01-12T00:00:00Z\"}",
                "validation", "arrestedAt");
        refused(path + "/suspects", "{\"name\":\"Z\",\"status\":\"ARRESTED\",\"arrestedAt\":\"" + FUTURE + "\"}",
                "validation", "arrestedAt");
        refused(path + "/suspects", "{\"name\":\"Z\",\"status\":\"CAUGHT\"}", "unknown-value", "status");
        refused(path + "/suspects", "{\"name\":\"Z\",\"status\":\"WANTED\",\"idNumber\":\"12 34\"}", "validation",
                "idNumber");
        refused(path + "/gangs", "{\"name\":\"G\",\"dismantledAt\":\"" + FUTURE + "\"}", "validation",
                "dismantledAt");
        refused(path + "/gangs", "{\"name\":\"G\",\"members\":-1,\"dismantledAt\":\"2026-01-12T00:00:00Z\"}",
                "validation", "members");
        refused(path + "/dens", "{\"location\":\"L\",\"region\":\"150200\",\"destroyedAt\":\"2026-01-12T00:00:00Z\"}",
                "validation", "region");
        refused(path + "/dens", "{\"location\":\"L\",\"region\":\"150104\",\"destroyedAt\":\"" + FUTURE + "\"}",
                "validation", "destroyedAt");
    }

    @Test
    void aDuplicateIdentifierIsRefused() {
        String id = open(hohhot(), "150104");
        as(hohhot()).body("{\"kind\":\"BANK_ACCOUNT\",\"value\":\"6222 0202 0011\"}")
                .post(CASES + "/" + id + "/identifiers").then().statusCode(201);
        String before = state();
        as(hohhot()).body("{\"kind\":\"BANK_ACCOUNT\",\"value\":\"6222-0202-0011\"}")
                .post(CASES + "/" + id + "/identifiers").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "duplicate"));
        assertEquals(before, state());
    }

    @Test
    void badSearchAndStatisticsParametersAreRefusedNamingThem() {
        searchRefused("type", "PHISHING", "unknown-value");
        searchRefused("status", "OPEN", "unknown-value");
        searchRefused("minLoss", "-1", "validation");
        searchRefused("minLoss", "1.001", "validation");
        searchRefused("minLoss", "lots", "validation");
        searchRefused("from", "2026-13-01", "validation");
        searchRefused("region", "1501", "validation");
        searchRefused("sort", "title", "validation");
        searchRefused("size", "501", "validation");
        as(hohhot()).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").get(CASES).then()
                .statusCode(400).body("errors.field", hasItem("to"));
        TestTokens taskForce = TestTokens.taskForce("HOHHOT-TF", "150100");
        as(taskForce).queryParam("from", "01/02/2026").get("/api/v1/stats/cases").then().statusCode(400)
                .body("errors.field", hasItem("from"));
        as(taskForce).queryParam("region", "150200").get("/api/v1/stats/cases").then().statusCode(403);
        as(taskForce).queryParam("region", "150000").get("/api/v1/stats/cases").then().statusCode(403);
        as(taskForce).queryParam("from", "2026-02-01").queryParam("to", "2026-02-01").get("/api/v1/stats/cases")
                .then().statusCode(400);
    }

    @Test
    void aMalformedIdIsNotFoundOrBad() {
        int status = as(hohhot()).get(CASES + "/not-a-uuid").then().extract().statusCode();
        assertEquals(true, status == 404 || status == 400, "answered " + status);
    }

    private void searchRefused(String parameter, String value, String type) {
        as(hohhot()).queryParam(parameter, value).get(CASES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + type))
                .body("errors.field", hasItem(parameter));
    }

    private void refused(String path, String json, String type, String field) {
        refused(path, "POST", json, type, field);
    }

    private void refused(String path, String method, String json, String type, String field) {
        String before = state();
        as(hohhot()).body(json).request(method, path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + type))
                .body("errors.field", hasItem(field));
        assertEquals(before, state(), json + " wrote nothing");
    }

    /** Row counts of every table a refused request could have written. */
    private String state() {
        StringBuilder counts = new StringBuilder();
        for (String table : new String[] {"fraud_case", "case_identifier", "case_transition", "case_suspect",
                "case_gang", "case_den", "platform.audit_record", "platform.outbox_event"}) {
            counts.append(table).append('=').append(Api.count(dataSource, "SELECT count(*) FROM " + table))
                    .append(' ');
        }
        counts.append("numbers=").append(Api.count(dataSource, "SELECT coalesce(sum(last_value), 0) FROM pg_sequences"
                + " WHERE sequencename LIKE 'case_seq_%'"));
        return counts.toString();
    }

    private static String body(String override) {
        String field = override.substring(1, override.indexOf('"', 1));
        StringBuilder json = new StringBuilder("{");
        String[][] defaults = {{"type", "\"LOAN\""}, {"title", "\"Loan app\""}, {"region", "\"150104\""},
                {"reportedAt", "\"2026-01-10T08:00:00Z\""}, {"lossAmount", "100.50"}};
        for (String[] entry : defaults) {
            if (!entry[0].equals(field)) {
                json.append('"').append(entry[0]).append("\":").append(entry[1]).append(',');
            }
        }
        return json.append(override).append('}').toString();
    }
}
