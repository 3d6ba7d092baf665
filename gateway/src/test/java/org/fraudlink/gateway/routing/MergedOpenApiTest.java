package org.fraudlink.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.fraudlink.gateway.support.Stubs;

/** One OpenAPI document for the whole public API, merged from the services' and the gateway's own. */
@QuarkusTest
class MergedOpenApiTest {

    @BeforeEach
    @AfterEach
    void reset() {
        Stubs.reset();
    }

    @Test
    void routedPathsOfEveryServiceAndTheDashboardAndNothingInternal() {
        JsonPath doc = given().get("/q/openapi").then().statusCode(200).contentType(startsWith("application/json"))
                .extract().jsonPath();
        Map<String, Object> paths = doc.getMap("paths");
        assertThat(paths.keySet(), containsInAnyOrder("/api/v1/dashboard", "/auth/token", "/api/v1/registry/orgs",
                "/api/v1/audit/registry", "/api/v1/cases", "/api/v1/cases/{id}", "/api/v1/stats/cases",
                "/api/v1/audit/cases", "/api/v1/warnings", "/api/v1/audit/alerts"));
        assertThat(paths.keySet(), everyItem(not(startsWith("/internal"))));
        assertThat(doc.getString("info.title"), is("fraudlink"));
        assertThat(doc.get("info.x-fraudlink-missing"), nullValue());
        assertThat(doc.get("components.schemas.Dashboard"), notNullValue());
        assertThat(doc.get("components.schemas.DashboardEpidemic"), notNullValue());
    }

    @Test
    void collidingSchemasAreRenamedAndTheirReferencesFollow() {
        JsonPath doc = given().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Object> schemas = doc.getMap("components.schemas");
        assertThat(schemas.keySet(), hasItems("Problem", "Page", "CasesPage", "AlertsPage", "Case"));
        assertThat(schemas.containsKey("RegistryProblem"), is(false));
        assertThat(doc.getString("components.schemas.CasesPage.description"), is("cases page"));
        assertThat(doc.getString("paths.'/api/v1/cases'.get.responses.'200'.content.'application/json'.schema.$ref"),
                is("#/components/schemas/CasesPage"));
        assertThat(doc.getString("components.schemas.Case.properties.page.$ref"),
                is("#/components/schemas/CasesPage"));
        assertThat(doc.getString("paths.'/api/v1/registry/orgs'.get.responses.'200'.content.'application/json'"
                + ".schema.$ref"), is("#/components/schemas/Page"));
    }

    @Test
    void operationIdsAreUnique() {
        JsonPath doc = given().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        List<String> ids = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        paths.values().forEach(item -> item.values().forEach(op -> ids.add(String.valueOf(op.get("operationId")))));
        assertThat(ids.size(), is((int) ids.stream().distinct().count()));
        assertThat(ids, hasItems("listAudit", "CasesListAudit", "AlertsListAudit", "getDashboard"));
    }

    @Test
    void serviceDownIsListedAndReadAgainLater() {
        Stubs.mode("alerts", "down");
        given().get("/q/openapi").then().statusCode(200)
                .body("info.x-fraudlink-missing", equalTo(List.of("alerts")))
                .body("paths.'/api/v1/warnings'", nullValue())
                .body("paths.'/api/v1/cases'", notNullValue());
        Stubs.mode("alerts", "up");
        given().get("/q/openapi").then().statusCode(200)
                .body("info.x-fraudlink-missing", nullValue())
                .body("paths.'/api/v1/warnings'", notNullValue());
    }
}
