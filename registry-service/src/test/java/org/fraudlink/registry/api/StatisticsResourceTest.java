package org.fraudlink.registry.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.fraudlink.platform.testing.TestTokens;
import org.fraudlink.registry.RegistryApi;

/** {@code GET /api/v1/registry/stats}. Hubei (42) is this class's province. */
@QuarkusTest
class StatisticsResourceTest {

    private static final String PATH = "/api/v1/registry/stats";

    @Test
    void figuresAreCountedInTheRegionAndPeriod() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String province = RegistryApi.createOrg(RegistryApi.uniqueCode("HB-PSD"), "POLICE", "420000", null);
        String wuhan = RegistryApi.createOrg(RegistryApi.uniqueCode("WH-PSB"), "POLICE", "420100", province);
        String bank = RegistryApi.createOrg(RegistryApi.uniqueCode("HB-BANK"), "BANK", "420100", null);
        String suspended = RegistryApi.createOrg(RegistryApi.uniqueCode("HB-PAY"), "PAYMENT", "420100", null);
        RegistryApi.setStatus(suspended, "SUSPENDED");
        given().header("Authorization", TestTokens.police(wuhan, "420100").bearer()).contentType(ContentType.JSON)
                .body(Map.of("idNumber", CardSanctionResourceTest.idNumber(), "name", "赵六", "reason", "card seller",
                        "startDate", today.toString()))
                .post("/api/v1/registry/card-sanctions").then().statusCode(201);
        String tf = TestTokens.taskForce(province, "420000").bearer();
        String meeting = given().header("Authorization", tf).contentType(ContentType.JSON)
                .body(Map.of("date", today.toString(), "convener", province, "attendees", List.of(bank),
                        "minutes", "x"))
                .post("/api/v1/registry/meetings").then().statusCode(201).extract().path("id");
        given().header("Authorization", tf).contentType(ContentType.JSON)
                .body(Map.of("resolution", "x", "ownerOrg", bank, "dueDate", today.minusDays(1).toString()))
                .post("/api/v1/registry/meetings/" + meeting + "/actions").then().statusCode(201);

        given().header("Authorization", tf).queryParam("from", today.minusDays(7).toString())
                .queryParam("to", today.plusDays(1).toString())
                .get(PATH).then().statusCode(200)
                .body("region", equalTo("420000")).body("cardSanctions", equalTo(1))
                .body("organisations", equalTo(3)).body("organisationsByType.POLICE", equalTo(2))
                .body("organisationsByType.BANK", equalTo(1)).body("organisationsByType.PAYMENT", equalTo(0))
                .body("overdueActionItems", equalTo(1));
        given().header("Authorization", tf).queryParam("region", "420100")
                .queryParam("from", today.plusDays(1).toString()).queryParam("to", today.plusDays(2).toString())
                .get(PATH).then().statusCode(200).body("cardSanctions", equalTo(0))
                .body("overdueActionItems", equalTo(0)).body("organisations", equalTo(2));
    }

    @Test
    void onlyTheTaskForceAskedInsideItsJurisdiction() {
        String tf = TestTokens.taskForce("HB-TF", "420000").bearer();
        given().header("Authorization", tf).queryParam("region", "110000").get(PATH).then().statusCode(403);
        given().header("Authorization", tf).queryParam("region", "429999").get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
        given().header("Authorization", tf).queryParam("from", "yesterday").get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().header("Authorization", tf).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01")
                .get(PATH).then().statusCode(400).body("errors[0].field", equalTo("to"));
        for (TestTokens other : new TestTokens[] {TestTokens.police("HB-PSB", "420000"),
                TestTokens.partner("HB-BANK", "BANK", "420000"), TestTokens.registryAdmin(), TestTokens.auditor(),
                TestTokens.service()}) {
            given().header("Authorization", other.bearer()).get(PATH).then().statusCode(403);
        }
        given().get(PATH).then().statusCode(401);
        given().header("Authorization", tf).get(PATH).then().statusCode(200).body("region", equalTo("420000"));
    }
}
