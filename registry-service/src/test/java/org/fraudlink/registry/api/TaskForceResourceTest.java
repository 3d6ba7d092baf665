package org.fraudlink.registry.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.fraudlink.platform.testing.TestTokens;
import org.fraudlink.registry.DatabaseProbe;
import org.fraudlink.registry.RegistryApi;

/** {@code /api/v1/registry/task-forces}. Chongqing (50) is this class's province. */
@QuarkusTest
class TaskForceResourceTest {

    private static final String PATH = "/api/v1/registry/task-forces";

    @Inject
    DatabaseProbe db;

    private String taskForce(String lead) {
        return given().header("Authorization", RegistryApi.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Card-breaking campaign", "leadOrg", lead, "startDate", "2026-01-01",
                        "endDate", "2026-12-31"))
                .post(PATH).then().statusCode(201).body("leadOrg", equalTo(lead)).extract().path("id");
    }

    @Test
    void theAdminFormsATaskForceAndMembersSeeIt() {
        String lead = RegistryApi.createOrg(RegistryApi.uniqueCode("CQ-PSB"), "POLICE", "500000", null);
        String bank = RegistryApi.createOrg(RegistryApi.uniqueCode("CQ-BANK"), "BANK", "500000", null);
        String other = RegistryApi.createOrg(RegistryApi.uniqueCode("CQ-TEL"), "TELECOM", "500000", null);
        String id = taskForce(lead);
        given().header("Authorization", RegistryApi.admin()).contentType(ContentType.JSON)
                .body(Map.of("org", bank, "person", "Ms Wang", "role", "LIAISON")).post(PATH + "/" + id + "/members")
                .then().statusCode(201).body("org", equalTo(bank)).body("role", equalTo("LIAISON"));
        given().header("Authorization", RegistryApi.admin()).contentType(ContentType.JSON)
                .body(Map.of("org", bank, "person", "Ms Wang", "role", "MEMBER")).post(PATH + "/" + id + "/members")
                .then().statusCode(409);
        given().header("Authorization", TestTokens.partner(bank, "BANK", "500000").bearer())
                .get(PATH + "/" + id + "/members").then().statusCode(200).body("person", hasItem("Ms Wang"));
        given().header("Authorization", TestTokens.partner(bank, "BANK", "500000").bearer())
                .get(PATH).then().statusCode(200).body("items.id", hasItem(id));
        given().header("Authorization", TestTokens.partner(other, "TELECOM", "500000").bearer())
                .get(PATH + "/" + id).then().statusCode(404);
        given().header("Authorization", TestTokens.partner(other, "TELECOM", "500000").bearer())
                .get(PATH).then().statusCode(200).body("items.id", not(hasItem(id)));
        given().header("Authorization", TestTokens.police("CQ-X", "500000").bearer())
                .get(PATH + "/" + id).then().statusCode(200);
        given().header("Authorization", TestTokens.taskForce("SC-TF", "510000").bearer())
                .get(PATH + "/" + id).then().statusCode(404);
        assertEquals(1, db.count("SELECT count(*) FROM platform.audit_record WHERE action = 'taskforce.member'"
                + " AND resource_id = ?", id));
    }

    @Test
    void onlyTheAdminWritesAndBadInputNamesTheField() {
        String lead = RegistryApi.createOrg(RegistryApi.uniqueCode("CQ-PSB"), "POLICE", "500000", null);
        String bank = RegistryApi.createOrg(RegistryApi.uniqueCode("CQ-BANK"), "BANK", "500000", null);
        Map<String, Object> body = Map.of("name", "x", "leadOrg", lead, "startDate", "2026-01-01");
        for (TestTokens other : new TestTokens[] {TestTokens.taskForce(lead, "500000"),
                TestTokens.police(lead, "500000"), TestTokens.partner(bank, "BANK", "500000"), TestTokens.auditor(),
                TestTokens.service()}) {
            given().header("Authorization", other.bearer()).contentType(ContentType.JSON).body(body).post(PATH)
                    .then().statusCode(403);
        }
        given().header("Authorization", TestTokens.auditor().bearer()).get(PATH).then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(401);
        long before = db.count("SELECT count(*) FROM task_force");
        given().header("Authorization", RegistryApi.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "leadOrg", bank, "startDate", "2026-01-01")).post(PATH).then()
                .statusCode(400).body("errors[0].field", equalTo("leadOrg"));
        given().header("Authorization", RegistryApi.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "leadOrg", lead, "startDate", "2026-01-01", "endDate", "2025-01-01"))
                .post(PATH).then().statusCode(400).body("errors[0].field", equalTo("endDate"));
        assertEquals(before, db.count("SELECT count(*) FROM task_force"));
        String id = taskForce(lead);
        given().header("Authorization", RegistryApi.admin()).contentType(ContentType.JSON)
                .body(Map.of("org", bank, "person", "x", "role", "CHIEF")).post(PATH + "/" + id + "/members")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        given().header("Authorization", RegistryApi.admin()).contentType(ContentType.JSON)
                .body(Map.of("org", "NO-SUCH", "person", "x", "role", "MEMBER")).post(PATH + "/" + id + "/members")
                .then().statusCode(400).body("errors[0].field", equalTo("org"));
        given().header("Authorization", TestTokens.taskForce(lead, "500000").bearer()).contentType(ContentType.JSON)
                .body(Map.of("org", bank, "person", "x", "role", "MEMBER")).post(PATH + "/" + id + "/members")
                .then().statusCode(403);
        assertEquals(0, db.count("SELECT count(*) FROM task_force_member WHERE task_force_id = ?::uuid", id));
    }
}
