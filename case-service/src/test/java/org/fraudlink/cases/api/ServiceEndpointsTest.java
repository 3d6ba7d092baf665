package org.fraudlink.cases.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.platform.testing.TestTokens;

/** The operational endpoints every service offers, and its audit trail's roles. */
@QuarkusTest
class ServiceEndpointsTest {

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void livenessAnswers() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDescribesTheApi() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/audit/cases"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/cases"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/cases/{id}/related"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/identifiers/{kind}/{value}/cases"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/stats/cases"));
    }

    @Test
    void metricsArePrometheusText() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("fraudlink_outbox_pending"));
    }

    @Test
    void auditorReadsTheAuditTrail() {
        given().header("Authorization", TestTokens.auditor().bearer()).get("/api/v1/audit/cases")
                .then().statusCode(200).body("page", equalTo(0));
        given().header("Authorization", TestTokens.auditor().bearer()).get("/api/v1/audit/cases/verify")
                .then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void onlyAuditorsReadTheAuditTrail() {
        given().header("Authorization", TestTokens.police("HOHHOT-PSB", "150100").bearer())
                .get("/api/v1/audit/cases").then().statusCode(403);
        given().header("Authorization", TestTokens.registryAdmin().bearer())
                .get("/api/v1/audit/cases").then().statusCode(403);
        given().get("/api/v1/audit/cases").then().statusCode(401);
    }
}
