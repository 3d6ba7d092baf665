package org.fraudlink.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.platform.testing.TestTokens;

/** Each token defect alone is refused with 401; the same token without the defect is accepted. */
@QuarkusTest
class JwtVerificationTest {

    private static TestTokens officer() {
        return TestTokens.police("HOHHOT-PSB", "150100");
    }

    @Test
    void validTokenIsAccepted() {
        call(officer().bearer()).then().statusCode(200);
    }

    @Test
    void expiredTokenIsRefused() {
        refused(officer().expired());
    }

    @Test
    void notYetValidTokenIsRefused() {
        refused(officer().notYetValid());
    }

    @Test
    void wrongIssuerIsRefused() {
        refused(officer().issuer("someone-else"));
    }

    @Test
    void wrongAudienceIsRefused() {
        refused(officer().audience("another-app"));
    }

    @Test
    void unsignedTokenIsRefused() {
        refused(officer().unsigned());
    }

    @Test
    void tokenSignedByAnUnknownKeyIsRefused() {
        refused(officer().signedByUnknownKey());
    }

    @Test
    void hs256SignedWithThePublicKeyIsRefused() {
        refused(officer().hs256WithPublicKey());
    }

    @Test
    void garbageIsRefused() {
        call("Bearer not.a.token").then().statusCode(401);
    }

    private static void refused(TestTokens token) {
        call(token.bearer()).then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/unauthorized"));
    }

    private static io.restassured.response.Response call(String authorization) {
        return given().header("Authorization", authorization).get("/widgets");
    }
}
