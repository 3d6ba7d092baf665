package org.fraudlink.registry;

import static io.restassured.RestAssured.given;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.restassured.http.ContentType;

import org.fraudlink.platform.testing.TestTokens;

/** Calls the module's own API the way a client would, to set up what a test needs. */
public final class RegistryApi {

    public static final String ORGS = "/api/v1/registry/orgs";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RegistryApi() {
    }

    /** A fresh organisation code, so tests never see one another's data. */
    public static String uniqueCode(String prefix) {
        return (prefix + "-" + Integer.toString(RANDOM.nextInt(1 << 30), 36)).toUpperCase(Locale.ROOT);
    }

    public static String admin() {
        return TestTokens.registryAdmin().bearer();
    }

    public static String createOrg(String code, String type, String region, String parentCode) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", code, "name", "Org " + code, "type", type,
                "region", region, "contact", Map.of("name", "Duty office", "phone", "0471-110")));
        if (parentCode != null) {
            body.put("parentCode", parentCode);
        }
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .post(ORGS).then().statusCode(201);
        return code;
    }

    public static void setStatus(String code, String status) {
        given().header("Authorization", admin()).contentType("application/merge-patch+json")
                .body(Map.of("status", status)).patch(ORGS + "/" + code).then().statusCode(200);
    }

    /** {@code [clientId, clientSecret]} of a new client. */
    public static String[] createClient(String org, String... roles) {
        var body = given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "client of " + org, "roles", List.of(roles)))
                .post(ORGS + "/" + org + "/clients").then().statusCode(201).extract().jsonPath();
        return new String[] {body.getString("clientId"), body.getString("clientSecret")};
    }

    public static String token(String clientId, String secret) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .post("/auth/token").then().statusCode(200).extract().path("access_token");
    }
}
