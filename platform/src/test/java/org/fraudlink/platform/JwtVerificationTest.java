package org.fraudlink.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.platform.testing.TestTokens;

/**
 * Each token defect alone is refused with 401; the same token without the defect is accepted. Verified tokens are
 * remembered (RememberedTokens): a remembered token keeps its own caller, and an altered copy of it is refused.
 */
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

    @Test
    void eachRememberedTokenKeepsItsOwnCaller() {
        String hohhot = officer().bearer();
        String baotou = TestTokens.police("BAOTOU-PSB", "150200").bearer();
        for (int round = 0; round < 3; round++) {
            whoIs(hohhot).then().statusCode(200).body("org", equalTo("HOHHOT-PSB")).body("region", equalTo("150100"));
            whoIs(baotou).then().statusCode(200).body("org", equalTo("BAOTOU-PSB")).body("region", equalTo("150200"));
        }
    }

    @Test
    void alteredCopyOfARememberedTokenIsRefused() {
        String token = officer().token();
        whoIs("Bearer " + token).then().statusCode(200);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("150100", "150000");
        String widerRegion = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        whoIs("Bearer " + widerRegion).then().statusCode(401);
        String otherSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 4)
                + (parts[2].endsWith("AAAA") ? "BBBB" : "AAAA");
        whoIs("Bearer " + otherSignature).then().statusCode(401);
        whoIs("Bearer " + token).then().statusCode(200).body("region", equalTo("150100"));
    }

    private static io.restassured.response.Response whoIs(String authorization) {
        return given().header("Authorization", authorization).get("/caller");
    }

    private static void refused(TestTokens token) {
        call(token.bearer()).then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/unauthorized"));
    }

    private static io.restassured.response.Response call(String authorization) {
        return given().header("Authorization", authorization).get("/widgets");
    }
}
