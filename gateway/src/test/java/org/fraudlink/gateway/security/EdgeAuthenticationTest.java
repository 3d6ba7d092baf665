package org.fraudlink.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.gateway.support.Stubs;
import org.fraudlink.platform.testing.TestTokens;

/** Every defective token is refused at the edge with a 401 problem, and no service is touched. */
@QuarkusTest
class EdgeAuthenticationTest {

    @BeforeEach
    void reset() {
        Stubs.reset();
    }

    static Stream<Arguments> defects() {
        return Stream.<Arguments>of(
                defect("unsigned (alg none)", TestTokens::unsigned),
                defect("signed by an unknown key", TestTokens::signedByUnknownKey),
                defect("HS256 with the public key", TestTokens::hs256WithPublicKey),
                defect("expired", TestTokens::expired),
                defect("not yet valid", TestTokens::notYetValid),
                defect("wrong issuer", tokens -> tokens.issuer("someone-else")),
                defect("wrong audience", tokens -> tokens.audience("another-api")));
    }

    private static Arguments defect(String name, UnaryOperator<TestTokens> change) {
        return Arguments.of(name, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void defectiveTokenIsRefusedBeforeAnyService(String name, UnaryOperator<TestTokens> change) {
        String token = change.apply(TestTokens.police("HOHHOT-PSB", "150100")).bearer();
        given().header("Authorization", token).get("/api/v1/cases")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://fraudlink.org/problems/unauthorized"));
        assertThat(Stubs.receivedCount(), is(0));
    }

    @Test
    void missingOrMalformedTokensAreRefused() {
        given().get("/api/v1/warnings").then().statusCode(401);
        given().header("Authorization", "Bearer not.a.jwt").get("/api/v1/warnings").then().statusCode(401);
        given().header("Authorization", "Bearer ").get("/api/v1/warnings").then().statusCode(401);
        given().header("Authorization", "Basic dXNlcjpwYXNz").get("/api/v1/warnings").then().statusCode(401);
        given().header("Authorization", "Bearer a.b").get("/api/v1/audit/alerts").then().statusCode(401);
        assertThat(Stubs.receivedCount(), is(0));
    }

    @Test
    void validTokenPasses() {
        given().header("Authorization", TestTokens.police("HOHHOT-PSB", "150100").bearer()).get("/api/v1/cases")
                .then().statusCode(200);
        assertThat(Stubs.receivedCount(), is(1));
    }
}
