package org.fraudlink.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.fraudlink.gateway.support.Stubs;
import org.fraudlink.platform.testing.TestTokens;

/** A client that spends its bucket gets 429 problems with Retry-After; other clients are not affected. */
@QuarkusTest
class RateLimitTest {

    /** %test: capacity 30, one request a second back. */
    private static final int CAPACITY = 30;

    @BeforeEach
    void reset() {
        Stubs.reset();
    }

    @Test
    void clientOverItsRateGets429WithRetryAfter() {
        String greedy = TestTokens.partner("BANK-R", "BANK", "150000").subject("greedy-client").bearer();
        int passed = 0;
        Response refused = null;
        // bounded generously: on a slow machine the bucket regains a token every second meanwhile
        for (int i = 0; i < CAPACITY * 5 && refused == null; i++) {
            Response response = given().header("Authorization", greedy).get("/api/v1/flags/PHONE/1");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                passed++;
            }
        }
        assertThat(refused != null, is(true));
        assertThat(passed, greaterThan(CAPACITY - 1));
        refused.then().contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/too-many-requests"));
        assertThat(Integer.parseInt(refused.header("Retry-After")), greaterThan(0));
        assertThat(Stubs.received("alerts").size(), is(passed));

        String other = TestTokens.partner("BANK-R", "BANK", "150000").subject("patient-client").bearer();
        given().header("Authorization", other).get("/api/v1/flags/PHONE/1").then().statusCode(200);
    }
}
