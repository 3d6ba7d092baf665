package org.fraudlink.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Calls through the gateway, as a partner client or an officer's console would make them. */
final class Api {

    private Api() {
    }

    /** OAuth2 client credentials at the gateway's {@code /auth/token}; answers the access token. */
    static String token(String clientId, String clientSecret) {
        return given().baseUri(Suite.get().gateway())
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", clientSecret)
                .post("/auth/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    static RequestSpecification as(String token) {
        return given().baseUri(Suite.get().gateway())
                .auth().oauth2(token)
                .contentType(ContentType.JSON)
                .accept("application/json, application/problem+json");
    }

    /** Money compared as a decimal: {@code 48000}, {@code 48000.0} and {@code 48000.00} are the same amount. */
    static void assertMoney(String expected, Object actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))),
                () -> "expected " + expected + " yuan but was " + actual);
    }
}
