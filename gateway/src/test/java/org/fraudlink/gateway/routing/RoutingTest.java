package org.fraudlink.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.fraudlink.gateway.support.BackendStubs;
import org.fraudlink.gateway.support.RawHttp;
import org.fraudlink.gateway.support.Stubs;
import org.fraudlink.platform.testing.TestTokens;

/** The routing table, unchanged requests, streaming, what is never routed, and the headers the gateway owns. */
@QuarkusTest
class RoutingTest {

    private final String bearer = TestTokens.taskForce("NMG-PSD", "150000").bearer();

    @BeforeEach
    void reset() {
        Stubs.reset();
    }

    @ParameterizedTest
    @CsvSource({
            "/auth/clients, registry",
            "/api/v1/registry/orgs/BANK-A, registry",
            "/api/v1/registry/stats, registry",
            "/api/v1/audit/registry/verify, registry",
            "/api/v1/cases, cases",
            "/api/v1/cases/3f0c2a7e-1111-2222-3333-444455556666/suspects, cases",
            "/api/v1/identifiers/PHONE/17000000001, cases",
            "/api/v1/stats/cases, cases",
            "/api/v1/audit/cases, cases",
            "/api/v1/warnings/abc/acknowledge, alerts",
            "/api/v1/interventions, alerts",
            "/api/v1/flags/PHONE/17000000001, alerts",
            "/api/v1/stats/alerts, alerts",
            "/api/v1/audit/alerts/verify, alerts"})
    void eachPrefixGoesToItsServiceWithPathQueryAndBodyUnchanged(String path, String backend) {
        String body = "{\"name\":\"张某\",\"amount\":12.50}";
        given().header("Authorization", bearer).contentType("application/json").body(body)
                .queryParam("page", 2).queryParam("q", "a-b")
                .post(path)
                .then().statusCode(200).body("backend", equalTo(backend));

        List<Map<String, Object>> received = Stubs.received(backend);
        assertThat(received, hasSize(1));
        assertThat(received.get(0), hasEntry("method", (Object) "POST"));
        assertThat(received.get(0), hasEntry("uri", (Object) (path + "?page=2&q=a-b")));
        assertThat(received.get(0), hasEntry("bodySha256",
                (Object) sha256(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(Stubs.receivedCount(), is(1));
    }

    @Test
    void authorizationHeaderIsPassedOnUnchanged() {
        given().header("Authorization", bearer).get("/api/v1/cases").then().statusCode(200);

        assertThat(header(Stubs.received("cases").get(0), "authorization"), is(bearer));
    }

    @Test
    void tokenAndKeyEndpointsNeedNoToken() {
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .post("/auth/token").then().statusCode(200).body("backend", equalTo("registry"));
        given().get("/auth/jwks").then().statusCode(200).body("backend", equalTo("registry"));
        given().get("/auth/token").then().statusCode(401);
    }

    @Test
    void largeBodiesStreamBothWays() throws Exception {
        byte[] upload = new byte[1_500_000];
        new Random(7).nextBytes(upload);
        given().header("Authorization", bearer).contentType("application/octet-stream").body(upload)
                .put("/api/v1/cases/upload").then().statusCode(200);
        Map<String, Object> received = Stubs.received("cases").get(0);
        assertThat(received, hasEntry("bodyBytes", (Object) upload.length));
        assertThat(received, hasEntry("bodySha256", (Object) sha256(upload)));

        byte[] download = given().header("Authorization", bearer).get("/api/v1/cases/big-download")
                .then().statusCode(200).extract().asByteArray();
        assertThat(download.length, is(BackendStubs.BIG_DOWNLOAD_BYTES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/internal/registry/orgs", "/internal/events/x", "/q/openapi/../health",
            "/q/dev", "/q/health/../../internal/registry/orgs", "/api/v1/casesX", "/api/v1/stats/cases/x",
            "/api/v1/stats", "/api/v1/audit/other", "/", "/api/v2/cases"})
    void pathsOutsideTheTableAreNotRouted(String path) {
        given().header("Authorization", bearer).urlEncodingEnabled(false).get(path)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/not-found"));
        assertThat(Stubs.receivedCount(), is(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/cases/../../internal/registry/orgs", "/api/v1/cases/%2e%2e/%2e%2e/internal",
            "/api/v1/cases/%2E%2E/x", "/api/v1/cases/..%2finternal", "/api/v1/cases/x%5c..%5cinternal",
            "/api/v1/cases/./x", "/api/v1/cases//x", "/api/v1/cases;x=1/../internal", "/api/v1/cases/%252e%252e/q",
            "/auth/../q/health", "/api/v1/registry/../../q/openapi"})
    void traversalTricksNeverReachAService(String target) {
        assertThat(RawHttp.statusOf(target, bearer), is(oneOf(400, 404)));
        assertThat(Stubs.receivedCount(), is(0));
    }

    @Test
    void requestIdIsKeptWhenSaneMadeOtherwisePassedOnAndEchoed() {
        given().header("Authorization", bearer).header("X-Request-Id", "client-42")
                .get("/api/v1/cases").then().statusCode(200).header("X-Request-Id", "client-42");
        assertThat(header(Stubs.received("cases").get(0), "x-request-id"), is("client-42"));

        String made = given().header("Authorization", bearer).header("X-Request-Id", "bad id\u00e9<script>")
                .get("/api/v1/warnings").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}")).extract().header("X-Request-Id");
        assertThat(header(Stubs.received("alerts").get(0), "x-request-id"), is(made));

        given().get("/api/v1/cases").then().statusCode(401).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void spoofedForwardingHeadersAreReplacedByWhatTheGatewaySaw() {
        given().header("Authorization", bearer)
                .header("X-Forwarded-For", "6.6.6.6").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Port", "1")
                .header("Forwarded", "for=6.6.6.6").header("X-Real-IP", "6.6.6.6").header("X-Custom", "kept")
                .get("/api/v1/cases").then().statusCode(200);

        Map<String, Object> received = Stubs.received("cases").get(0);
        assertThat(header(received, "x-forwarded-for"), is("127.0.0.1"));
        assertThat(header(received, "x-forwarded-proto"), is("http"));
        assertThat(header(received, "x-forwarded-host"), startsWith("localhost"));
        assertThat(header(received, "x-forwarded-port"), nullValue());
        assertThat(header(received, "forwarded"), nullValue());
        assertThat(header(received, "x-real-ip"), nullValue());
        assertThat(header(received, "x-custom"), is("kept"));
        assertThat(header(received, "host"), is(header(received, "x-forwarded-host")));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        Response proxied = given().header("Authorization", bearer).get("/api/v1/cases");
        Response refused = given().get("/api/v1/cases");
        for (Response response : List.of(proxied, refused)) {
            response.then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Strict-Transport-Security", matchesPattern("max-age=\\d+.*"))
                    .header("Cache-Control", "no-store");
        }
    }

    @Test
    void corsOnlyForConfiguredOrigins() {
        given().header("Origin", "https://console.fraudlink.test").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/cases")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", "https://console.fraudlink.test")
                .header("Access-Control-Allow-Methods", matchesPattern(".*POST.*"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/cases")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());

        given().header("Authorization", bearer).header("Origin", "https://console.fraudlink.test")
                .get("/api/v1/cases")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "https://console.fraudlink.test");
        // the stub service itself says "*": the gateway's answer does not
        given().header("Authorization", bearer).header("Origin", "https://evil.example").get("/api/v1/cases")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
        assertThat(Stubs.received("cases"), hasSize(2));
    }

    @Test
    void bodyOverTheLimitIsRefusedBeforeAnyService() {
        given().header("Authorization", bearer).contentType("application/octet-stream").body(new byte[3_000_000])
                .post("/api/v1/cases")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/too-large"));
        assertThat(Stubs.receivedCount(), is(0));
    }

    @Test
    void streamedBodyOverTheLimitIsCutOffWith413() {
        byte[] tooLarge = new byte[3_000_000];
        given().header("Authorization", bearer).contentType("application/octet-stream")
                .body(new java.io.ByteArrayInputStream(tooLarge))
                .post("/api/v1/cases/upload")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/too-large"));

        byte[] fits = new byte[1_000_000];
        given().header("Authorization", bearer).contentType("application/octet-stream")
                .body(new java.io.ByteArrayInputStream(fits))
                .post("/api/v1/cases/upload").then().statusCode(200);
        assertThat(Stubs.received("cases").get(Stubs.received("cases").size() - 1),
                hasEntry("bodyBytes", (Object) fits.length));
    }

    @Test
    void clientWaitingFor100ContinueGetsItAndTheBodyArrives() {
        byte[] body = new byte[200_000];
        new Random(3).nextBytes(body);
        String statuses = RawHttp.expectContinue("/api/v1/cases/upload", bearer, body);
        assertThat(statuses, is("HTTP/1.1 100 Continue / HTTP/1.1 200 OK"));
        assertThat(Stubs.received("cases").get(0), hasEntry("bodySha256", (Object) sha256(body)));
    }

    @Test
    void healthIsOpenAndNotProxied() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        assertThat(Stubs.receivedCount(), is(0));
    }

    static String header(Map<String, Object> received, String name) {
        @SuppressWarnings("unchecked")
        Map<String, Object> headers = (Map<String, Object>) received.get("headers");
        Object value = headers.get(name);
        return value == null ? null : value.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
