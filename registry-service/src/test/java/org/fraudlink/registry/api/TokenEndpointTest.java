package org.fraudlink.registry.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;

import org.fraudlink.registry.RegistryApi;

/** {@code POST /auth/token} and {@code GET /auth/jwks}. */
@QuarkusTest
class TokenEndpointTest {

    @TestHTTPResource("/auth/jwks")
    URL jwks;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void bootstrapClientGetsATokenWithFormFields() throws Exception {
        String token = RegistryApi.token("test-admin", "test-admin-secret");
        JsonNode claims = claims(token);
        assertEquals("fraudlink-test", claims.get("iss").asText());
        assertEquals("fraudlink", claims.get("aud").asText());
        assertEquals("test-admin", claims.get("sub").asText());
        assertEquals("JMO", claims.get("org").asText());
        assertEquals("REGULATOR", claims.get("org_type").asText());
        assertEquals("000000", claims.get("region").asText());
        assertEquals(List.of("registry-admin", "auditor"), JSON.convertValue(claims.get("groups"), List.class));
        assertEquals(900, claims.get("exp").asLong() - claims.get("iat").asLong());
        assertTrue(Math.abs(claims.get("iat").asLong() - Instant.now().getEpochSecond()) < 60);
        assertTrue(claims.hasNonNull("jti"));
        JsonNode header = part(token, 0);
        assertEquals("RS256", header.get("alg").asText());
        given().header("Authorization", "Bearer " + token).get("/api/v1/audit/registry").then().statusCode(200);
    }

    @Test
    void tokenAnswerIsOAuth2Shaped() {
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", "test-admin").formParam("client_secret", "test-admin-secret")
                .post("/auth/token").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer")).body("expires_in", equalTo(900))
                .body("access_token", notNullValue());
    }

    @Test
    void clientAuthenticatesWithHttpBasic() {
        String org = RegistryApi.createOrg(RegistryApi.uniqueCode("BANK"), "BANK", "320000", null);
        String[] client = RegistryApi.createClient(org, "partner");
        String token = given().auth().preemptive().basic(client[0], client[1]).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post("/auth/token")
                .then().statusCode(200).extract().path("access_token");
        JsonNode claims = claims(token);
        assertEquals(org, claims.get("org").asText());
        assertEquals("BANK", claims.get("org_type").asText());
        assertEquals("320000", claims.get("region").asText());
        assertEquals(List.of("partner"), JSON.convertValue(claims.get("groups"), List.class));
    }

    @Test
    void wrongSecretIsInvalidClient() {
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", "test-admin").formParam("client_secret", "not-the-secret")
                .post("/auth/token").then().statusCode(401)
                .header("WWW-Authenticate", "Basic realm=\"fraudlink\"")
                .body("error", equalTo("invalid_client"));
        given().auth().preemptive().basic("test-admin", "not-the-secret").contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post("/auth/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void unknownClientIsInvalidClient() {
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", "nobody").formParam("client_secret", "x")
                .post("/auth/token").then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void missingOrUnsupportedGrantIsRefused() {
        given().contentType(ContentType.URLENC).formParam("client_id", "test-admin")
                .formParam("client_secret", "test-admin-secret")
                .post("/auth/token").then().statusCode(400).body("error", equalTo("invalid_request"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("client_id", "test-admin").formParam("client_secret", "test-admin-secret")
                .post("/auth/token").then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
    }

    @Test
    void disabledClientGetsNoToken() {
        String org = RegistryApi.createOrg(RegistryApi.uniqueCode("TEL"), "TELECOM", "320100", null);
        String[] client = RegistryApi.createClient(org, "partner");
        RegistryApi.token(client[0], client[1]);
        given().header("Authorization", RegistryApi.admin())
                .post(RegistryApi.ORGS + "/" + org + "/clients/" + client[0] + "/disable")
                .then().statusCode(200).body("status", equalTo("DISABLED"));
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", client[0]).formParam("client_secret", client[1])
                .post("/auth/token").then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void suspendedOrganisationGetsNoTokenAndItsLiveTokensAreRefused() {
        String org = RegistryApi.createOrg(RegistryApi.uniqueCode("PAY"), "PAYMENT", "330000", null);
        String[] client = RegistryApi.createClient(org, "partner");
        String live = RegistryApi.token(client[0], client[1]);
        given().header("Authorization", "Bearer " + live).get(RegistryApi.ORGS + "/" + org).then().statusCode(200);
        RegistryApi.setStatus(org, "SUSPENDED");
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", client[0]).formParam("client_secret", client[1])
                .post("/auth/token").then().statusCode(401).body("error", equalTo("invalid_client"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().header("Authorization", "Bearer " + live)
                .get(RegistryApi.ORGS + "/" + org).then().statusCode(401)
                .contentType("application/problem+json"));
        RegistryApi.setStatus(org, "ACTIVE");
        RegistryApi.token(client[0], client[1]);
    }

    @Test
    void jwksListsTheSigningKey() {
        given().get("/auth/jwks").then().statusCode(200)
                .body("keys", hasSize(1))
                .body("keys[0].kty", equalTo("RSA")).body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].use", equalTo("sig")).body("keys[0].kid", notNullValue());
    }

    @Test
    void aSeparateVerifierWithOnlyTheJwksUrlAcceptsTheToken() throws Exception {
        String token = RegistryApi.token("test-admin", "test-admin-secret");
        String kid = given().get("/auth/jwks").then().extract().path("keys[0].kid");
        assertEquals(kid, part(token, 0).get("kid").asText());
        JWTAuthContextInfo verifier = new JWTAuthContextInfo(jwks.toString(), "fraudlink-test");
        verifier.setExpectedAudience(java.util.Set.of("fraudlink"));
        JsonWebToken verified = new DefaultJWTParser(verifier).parse(token);
        assertEquals("test-admin", verified.getSubject());
        assertEquals("JMO", verified.getClaim("org"));
    }

    private static JsonNode claims(String token) {
        return part(token, 1);
    }

    private static JsonNode part(String token, int index) {
        try {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]),
                    StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
