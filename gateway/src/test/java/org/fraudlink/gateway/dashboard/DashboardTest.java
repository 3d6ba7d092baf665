package org.fraudlink.gateway.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.gateway.support.Stubs;
import org.fraudlink.platform.testing.TestTokens;

/** The dashboard composes the press release from the three statistics answers and survives a missing one. */
@QuarkusTest
class DashboardTest {

    private final String taskForce = TestTokens.taskForce("NMG-PSD", "150000").bearer();

    @BeforeEach
    @AfterEach
    void reset() {
        Stubs.reset();
    }

    @Test
    void taskForceGetsThePressReleaseFigures() {
        String body = given().header("Authorization", taskForce)
                .queryParam("region", "150000").queryParam("from", "2026-01-01").queryParam("to", "2026-08-01")
                .get("/api/v1/dashboard")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("region", equalTo("150000"))
                .body("from", equalTo("2026-01-01"))
                .body("casesSolved", equalTo(2585))
                .body("epidemicRelated.casesSolved", equalTo(276))
                .body("epidemicRelated.suspectsArrested", equalTo(120))
                .body("casesSolvedOver500k", equalTo(122))
                .body("casesSolvedOver1m", equalTo(31))
                .body("gangsDismantled", equalTo(108))
                .body("densDestroyed", equalTo(154))
                .body("suspectsArrested", equalTo(189))
                .body("cardSanctions", equalTo(217))
                .body("warningsPushed", equalTo(404000))
                .body("warningsPerDay", notNullValue())
                .body("cases.totalLoss", notNullValue())
                .body("registry.overdueActionItems", equalTo(3))
                .body("missing", hasSize(0))
                .extract().asString();
        assertThat(body, containsString("\"amountSecured\":3540000000.00"));
    }

    @Test
    void eachStatisticsEndpointIsCalledWithTheCallersTokenAndPeriod() {
        given().header("Authorization", taskForce).header("X-Request-Id", "dash-1")
                .queryParam("region", "150100").queryParam("from", "2026-01-01").queryParam("to", "2026-02-01")
                .get("/api/v1/dashboard").then().statusCode(200);

        Map<String, List<String>> expected = Map.of(
                "cases", List.of("/api/v1/stats/cases"),
                "alerts", List.of("/api/v1/stats/alerts"),
                "registry", List.of("/api/v1/registry/stats"));
        expected.forEach((backend, paths) -> {
            List<Map<String, Object>> received = Stubs.received(backend);
            assertThat(received, hasSize(1));
            assertThat(received.get(0), hasEntry("uri",
                    (Object) (paths.get(0) + "?region=150100&from=2026-01-01&to=2026-02-01")));
            @SuppressWarnings("unchecked")
            Map<String, Object> headers = (Map<String, Object>) received.get(0).get("headers");
            assertThat(headers.get("authorization"), is(taskForce));
            assertThat(headers.get("x-request-id"), is("dash-1"));
        });
    }

    @Test
    void serviceDownLeavesItsPartMissing() {
        Stubs.mode("alerts", "down");
        given().header("Authorization", taskForce).get("/api/v1/dashboard")
                .then().statusCode(200)
                .body("missing", equalTo(List.of("alerts")))
                .body("warningsPushed", nullValue())
                .body("alerts", nullValue())
                .body("casesSolved", equalTo(2585))
                .body("cardSanctions", equalTo(217));
    }

    @Test
    void slowServiceLeavesItsPartMissing() {
        Stubs.mode("registry", "slow");
        given().header("Authorization", taskForce).get("/api/v1/dashboard")
                .then().statusCode(200)
                .body("missing", equalTo(List.of("registry")))
                .body("cardSanctions", nullValue())
                .body("warningsPushed", equalTo(404000));
    }

    @Test
    void noServiceAnsweringIs503() {
        Stubs.mode("cases", "down");
        Stubs.mode("alerts", "down");
        Stubs.mode("registry", "down");
        given().header("Authorization", taskForce).get("/api/v1/dashboard")
                .then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void serviceRefusalIsPassedOn() {
        given().header("Authorization", taskForce).queryParam("region", "990000").get("/api/v1/dashboard")
                .then().statusCode(403).body("detail", containsString("region"));
    }

    @Test
    void otherMethodsAreProblems() {
        given().header("Authorization", taskForce).contentType("application/json").body("{}")
                .post("/api/v1/dashboard")
                .then().statusCode(405).contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/method-not-allowed"));
    }

    @Test
    void onlyTheTaskForceMayReadIt() {
        given().header("Authorization", TestTokens.police("HOHHOT-PSB", "150100").bearer())
                .get("/api/v1/dashboard")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/forbidden"));
        given().header("Authorization", TestTokens.partner("BANK-A", "BANK", "150000").bearer())
                .get("/api/v1/dashboard").then().statusCode(403);
        given().get("/api/v1/dashboard").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.taskForce("NMG-PSD", "150000").expired().bearer())
                .get("/api/v1/dashboard").then().statusCode(401);
        assertThat(Stubs.receivedCount(), is(0));
    }
}
