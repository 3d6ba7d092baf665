package org.fraudlink.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.gateway.support.BackendStubs;
import org.fraudlink.gateway.support.Stubs;
import org.fraudlink.platform.testing.TestTokens;

/** A service that is down or slow answers a problem within the gateway's timeouts; the gateway never hangs. */
@QuarkusTest
class BackendFailureTest {

    private final String bearer = TestTokens.police("HOHHOT-PSB", "150100").bearer();

    @BeforeEach
    @AfterEach
    void reset() {
        Stubs.reset();
    }

    @Test
    void serviceDownAnswers503Problem() {
        Stubs.mode("cases", "down");
        given().header("Authorization", bearer).header("X-Request-Id", "down-1").get("/api/v1/cases")
                .then().statusCode(503).contentType("application/problem+json")
                .header("X-Request-Id", "down-1")
                .body("type", equalTo("https://fraudlink.org/problems/unavailable"))
                .body("requestId", equalTo("down-1"));
        // the others are unaffected
        given().header("Authorization", bearer).get("/api/v1/warnings").then().statusCode(200);
    }

    @Test
    void serviceBackUpIsReachedAgain() {
        Stubs.mode("alerts", "down");
        given().header("Authorization", bearer).get("/api/v1/warnings").then().statusCode(503);
        Stubs.mode("alerts", "up");
        given().header("Authorization", bearer).get("/api/v1/warnings").then().statusCode(200);
    }

    @Test
    void slowServiceAnswers504ProblemWithinTheReadTimeout() {
        Stubs.mode("alerts", "slow");
        long started = System.nanoTime();
        given().header("Authorization", bearer).get("/api/v1/warnings")
                .then().statusCode(504).contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/timeout"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(millis, lessThan((long) BackendStubs.SLOW_MILLIS));
    }
}
