package org.fraudlink.cases.api;

import static io.restassured.RestAssured.given;
import static org.fraudlink.cases.api.Api.CASES;
import static org.fraudlink.cases.api.Api.as;
import static org.fraudlink.cases.api.Api.baotou;
import static org.fraudlink.cases.api.Api.hohhot;
import static org.fraudlink.cases.api.Api.open;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.fraudlink.platform.testing.TestTokens;

/**
 * The role matrix and object scope of every endpoint: police and task-force within their jurisdiction, every other
 * role 403, no token 401, a case of another jurisdiction 404 (as if it did not exist) with nothing written.
 */
@QuarkusTest
class CaseAccessTest {

    private static final String HOHHOT_REGION = "150103";

    /** One endpoint: method, path ({id} and {suspect} replaced) and body (null for GET). */
    record Endpoint(String method, String path, String body) {
    }

    @Inject
    AgroalDataSource dataSource;

    private static List<Endpoint> caseEndpoints() {
        return List.of(
                new Endpoint("GET", CASES + "/{id}", null),
                new Endpoint("PATCH", CASES + "/{id}", "{\"version\":0,\"victimCount\":4}"),
                new Endpoint("POST", CASES + "/{id}/transitions", "{\"to\":\"FILED\",\"reason\":\"r\"}"),
                new Endpoint("GET", CASES + "/{id}/transitions", null),
                new Endpoint("POST", CASES + "/{id}/identifiers", "{\"kind\":\"PHONE\",\"value\":\"13900000077\"}"),
                new Endpoint("GET", CASES + "/{id}/identifiers", null),
                new Endpoint("GET", CASES + "/{id}/related", null),
                new Endpoint("POST", CASES + "/{id}/suspects", "{\"name\":\"Wang\",\"status\":\"WANTED\"}"),
                new Endpoint("GET", CASES + "/{id}/suspects", null),
                new Endpoint("PATCH", CASES + "/{id}/suspects/{suspect}",
                        "{\"version\":0,\"status\":\"ARRESTED\",\"arrestedAt\":\"2026-02-01T00:00:00Z\"}"),
                new Endpoint("POST", CASES + "/{id}/gangs",
                        "{\"name\":\"G\",\"dismantledAt\":\"2026-02-01T00:00:00Z\"}"),
                new Endpoint("GET", CASES + "/{id}/gangs", null),
                new Endpoint("POST", CASES + "/{id}/dens",
                        "{\"location\":\"flat 3\",\"region\":\"150103\",\"destroyedAt\":\"2026-02-01T00:00:00Z\"}"),
                new Endpoint("GET", CASES + "/{id}/dens", null));
    }

    private static List<Endpoint> allEndpoints() {
        List<Endpoint> all = new java.util.ArrayList<>(caseEndpoints());
        all.add(new Endpoint("POST", CASES, Api.caseJson(HOHHOT_REGION, "LOAN", "1", "2026-01-10T00:00:00Z")));
        all.add(new Endpoint("GET", CASES, null));
        all.add(new Endpoint("GET", "/api/v1/identifiers/PHONE/13900000077/cases", null));
        all.add(new Endpoint("GET", "/api/v1/stats/cases", null));
        return all;
    }

    @Test
    void policeMayUseEveryCaseEndpointInItsJurisdiction() {
        for (TestTokens officer : List.of(hohhot(), TestTokens.taskForce("NMG-PSD", "150000"))) {
            String id = open(officer, HOHHOT_REGION);
            String suspect = suspectOf(id);
            for (Endpoint endpoint : caseEndpoints()) {
                int status = call(as(officer), endpoint, id, suspect).statusCode();
                assertEquals(true, status >= 200 && status < 300, endpoint + " answered " + status);
            }
        }
    }

    @Test
    void otherRolesAreForbiddenEverywhere() {
        String id = open(hohhot(), HOHHOT_REGION);
        String suspect = suspectOf(id);
        long before = writes(id);
        List<TestTokens> others = List.of(TestTokens.partner("BANK-A", "BANK", "150000"), TestTokens.auditor(),
                TestTokens.registryAdmin(), TestTokens.service());
        for (TestTokens other : others) {
            for (Endpoint endpoint : allEndpoints()) {
                call(as(other), endpoint, id, suspect).then().statusCode(403)
                        .contentType("application/problem+json");
            }
        }
        assertEquals(before, writes(id), "nothing was written by the forbidden calls");
    }

    @Test
    void policeMayNotReadStatistics() {
        as(hohhot()).get("/api/v1/stats/cases").then().statusCode(403);
    }

    @Test
    void noTokenIs401Everywhere() {
        String id = open(hohhot(), HOHHOT_REGION);
        for (Endpoint endpoint : allEndpoints()) {
            call(given().contentType(ContentType.JSON), endpoint, id, UUID.randomUUID().toString()).then()
                    .statusCode(401).header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        }
    }

    @Test
    void anotherJurisdictionsCaseIsNotFoundOnEveryEndpointAndNothingIsWritten() {
        String id = open(hohhot(), HOHHOT_REGION);
        String suspect = suspectOf(id);
        long before = writes(id);
        for (TestTokens outsider : List.of(baotou(), TestTokens.taskForce("BAOTOU-TF", "150200"),
                TestTokens.police("XINCHENG-PSB", "150102"))) {
            for (Endpoint endpoint : caseEndpoints()) {
                call(as(outsider), endpoint, id, suspect).then().statusCode(404)
                        .body("type", equalTo("https://fraudlink.org/problems/not-found"));
            }
        }
        assertEquals(before, writes(id));
        as(hohhot()).get(CASES + "/" + id).then().body("status", equalTo("REPORTED")).body("version", equalTo(0));
    }

    @Test
    void aSuspectOfAnotherCaseIsNotFound() {
        String mine = open(hohhot(), HOHHOT_REGION);
        String other = open(hohhot(), HOHHOT_REGION);
        String suspect = suspectOf(other);
        as(hohhot()).body("{\"version\":0,\"status\":\"RELEASED\"}")
                .patch(CASES + "/" + mine + "/suspects/" + suspect).then().statusCode(404);
    }

    @Test
    void searchNeverLeavesTheCallersJurisdiction() {
        String hohhotCase = open(hohhot(), HOHHOT_REGION);
        String number = as(hohhot()).get(CASES + "/" + hohhotCase).then().extract().path("number");
        as(baotou()).queryParam("size", 500).get(CASES).then().statusCode(200)
                .body("items.number", not(hasItem(number)));
        as(baotou()).queryParam("region", "150100").get(CASES).then().statusCode(200).body("total", equalTo(0));
        as(TestTokens.taskForce("NMG-PSD", "150000")).queryParam("region", "150103").queryParam("size", 500)
                .get(CASES).then().statusCode(200).body("items.number", hasItem(number));
    }

    @Test
    void aTokenWithoutJurisdictionSeesNoCase() {
        String id = open(hohhot(), HOHHOT_REGION);
        TestTokens noRegion = TestTokens.police("HOHHOT-PSB", null);
        as(noRegion).get(CASES + "/" + id).then().statusCode(404);
        as(noRegion).get(CASES).then().statusCode(403);
        as(TestTokens.taskForce("NMG-PSD", null)).get("/api/v1/stats/cases").then().statusCode(403);
        as(noRegion).body(Api.caseJson(HOHHOT_REGION, "LOAN", "1", "2026-01-10T00:00:00Z")).post(CASES).then()
                .statusCode(400).body("errors[0].field", equalTo("region"));
    }

    @Test
    void aCaseMayOnlyBeOpenedInsideTheCallersJurisdiction() {
        as(baotou()).body(Api.caseJson(HOHHOT_REGION, "LOAN", "1", "2026-01-10T00:00:00Z")).post(CASES).then()
                .statusCode(400).body("errors[0].field", equalTo("region"));
        as(baotou()).body(Api.caseJson("150299", "LOAN", "1", "2026-01-10T00:00:00Z")).post(CASES).then()
                .statusCode(400).body("errors[0].field", equalTo("region"));
    }

    private long writes(String id) {
        return Api.count(dataSource, "SELECT count(*) FROM platform.audit_record WHERE resource_id = ?", id)
                + Api.count(dataSource, "SELECT count(*) FROM case_identifier WHERE case_id = ?", UUID.fromString(id))
                + Api.count(dataSource, "SELECT count(*) FROM case_gang WHERE case_id = ?", UUID.fromString(id))
                + Api.count(dataSource, "SELECT count(*) FROM case_den WHERE case_id = ?", UUID.fromString(id))
                + Api.count(dataSource, "SELECT count(*) FROM case_transition WHERE case_id = ?",
                        UUID.fromString(id));
    }

    private static String suspectOf(String caseId) {
        return as(hohhot()).body("{\"name\":\"Li\",\"status\":\"WANTED\"}").post(CASES + "/" + caseId + "/suspects")
                .then().statusCode(201).extract().path("id");
    }

    private static Response call(RequestSpecification request, Endpoint endpoint, String id, String suspect) {
        String path = endpoint.path().replace("{id}", id).replace("{suspect}", suspect);
        if (endpoint.body() != null) {
            request = request.body(endpoint.body());
        }
        return request.request(endpoint.method(), path);
    }
}
