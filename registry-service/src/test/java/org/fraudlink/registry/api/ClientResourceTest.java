package org.fraudlink.registry.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.fraudlink.platform.testing.TestTokens;
import org.fraudlink.registry.DatabaseProbe;
import org.fraudlink.registry.RegistryApi;

/** {@code /api/v1/registry/orgs/{code}/clients}: secrets shown once, roles by organisation type, disabling. */
@QuarkusTest
class ClientResourceTest {

    @Inject
    DatabaseProbe db;

    @Test
    void theSecretIsAnsweredOnceAndStoredOnlyAsAKeyedHash() {
        String org = RegistryApi.createOrg(RegistryApi.uniqueCode("PSB"), "POLICE", "110100", null);
        String[] client = RegistryApi.createClient(org, "police", "task-force");
        assertEquals(43, client[1].length()); // 256 bits, base64url
        List<String> stored = db.strings("SELECT secret_hash FROM api_client WHERE client_id = ?", client[0]);
        assertEquals(64, stored.get(0).length());
        assertFalse(stored.get(0).contains(client[1]));
        assertEquals(0, db.count("SELECT count(*) FROM platform.idempotency_key WHERE body LIKE ?",
                "%" + client[1] + "%"));
        given().header("Authorization", RegistryApi.admin()).get(RegistryApi.ORGS + "/" + org + "/clients")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].clientId", equalTo(client[0]))
                .body("items[0].roles", equalTo(List.of("police", "task-force")))
                .body("items[0]", not(hasKey("clientSecret"))).body("items[0]", not(hasKey("secretHash")));
        assertEquals(1, db.count("SELECT count(*) FROM platform.audit_record WHERE action = 'client.create'"
                + " AND resource_id = ?", client[0]));
        RegistryApi.token(client[0], client[1]);
    }

    @Test
    void rolesAreLimitedByOrganisationType() {
        String police = RegistryApi.createOrg(RegistryApi.uniqueCode("PSB"), "POLICE", "110100", null);
        String bank = RegistryApi.createOrg(RegistryApi.uniqueCode("BANK"), "BANK", "110000", null);
        assertClientRefused(police, List.of("partner"), 422, "unprocessable", "roles[0]");
        assertClientRefused(bank, List.of("partner", "police"), 422, "unprocessable", "roles[1]");
        assertClientRefused(bank, List.of("registry-admin"), 422, "unprocessable", "roles[0]");
        assertClientRefused(bank, List.of("service"), 422, "unprocessable", "roles[0]");
        assertClientRefused("JMO", List.of("service"), 422, "unprocessable", "roles[0]");
        assertClientRefused(bank, List.of("boss"), 400, "unknown-value", "roles[0]");
        assertClientRefused(bank, List.of(), 400, "validation", "roles");
        given().header("Authorization", RegistryApi.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"roles\":[\"partner\"],\"secret\":\"mine\"}")
                .post(RegistryApi.ORGS + "/" + bank + "/clients").then().statusCode(400)
                .body("errors[0].field", equalTo("secret"));
        assertEquals(0, db.count("SELECT count(*) FROM api_client WHERE org_code IN (?, ?)", police, bank));
        RegistryApi.createClient("JMO", "auditor");
    }

    @Test
    void onlyTheAdminManagesClients() {
        String bank = RegistryApi.createOrg(RegistryApi.uniqueCode("BANK"), "BANK", "110000", null);
        String[] client = RegistryApi.createClient(bank, "partner");
        String path = RegistryApi.ORGS + "/" + bank + "/clients";
        Map<String, Object> body = Map.of("name", "x", "roles", List.of("partner"));
        for (TestTokens other : new TestTokens[] {TestTokens.partner(bank, "BANK", "110000"),
                TestTokens.police("BJ-PSB", "110100"), TestTokens.taskForce("BJ-PSB", "110000"), TestTokens.auditor(),
                TestTokens.service()}) {
            given().header("Authorization", other.bearer()).contentType(ContentType.JSON).body(body).post(path)
                    .then().statusCode(403);
            given().header("Authorization", other.bearer()).get(path).then().statusCode(403);
            given().header("Authorization", other.bearer()).post(path + "/" + client[0] + "/disable")
                    .then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(401);
        given().get(path).then().statusCode(401);
        given().post(path + "/" + client[0] + "/disable").then().statusCode(401);
        assertEquals(1, db.count("SELECT count(*) FROM api_client WHERE org_code = ?", bank));
    }

    @Test
    void unknownOrganisationsAndAnotherOrganisationsClientsAreNotFound() {
        String bank = RegistryApi.createOrg(RegistryApi.uniqueCode("BANK"), "BANK", "110000", null);
        String other = RegistryApi.createOrg(RegistryApi.uniqueCode("BANK"), "BANK", "110000", null);
        String[] client = RegistryApi.createClient(bank, "partner");
        given().header("Authorization", RegistryApi.admin())
                .post(RegistryApi.ORGS + "/" + other + "/clients/" + client[0] + "/disable").then().statusCode(404);
        given().header("Authorization", RegistryApi.admin()).get(RegistryApi.ORGS + "/NO-SUCH/clients")
                .then().statusCode(404);
        given().header("Authorization", RegistryApi.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "roles", List.of("partner")))
                .post(RegistryApi.ORGS + "/NO-SUCH/clients").then().statusCode(404);
        RegistryApi.token(client[0], client[1]);
    }

    @Test
    void disablingIsAuditedAndRepeatable() {
        String bank = RegistryApi.createOrg(RegistryApi.uniqueCode("BANK"), "BANK", "110000", null);
        String[] client = RegistryApi.createClient(bank, "partner");
        String disable = RegistryApi.ORGS + "/" + bank + "/clients/" + client[0] + "/disable";
        given().header("Authorization", RegistryApi.admin()).post(disable).then().statusCode(200)
                .body("status", equalTo("DISABLED"));
        given().header("Authorization", RegistryApi.admin()).post(disable).then().statusCode(200)
                .body("status", equalTo("DISABLED"));
        assertEquals(1, db.count("SELECT count(*) FROM platform.audit_record WHERE action = 'client.disable'"
                + " AND resource_id = ?", client[0]));
    }

    private void assertClientRefused(String org, List<String> roles, int status, String type, String field) {
        given().header("Authorization", RegistryApi.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "roles", roles)).post(RegistryApi.ORGS + "/" + org + "/clients")
                .then().statusCode(status).contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/" + type))
                .body("errors[0].field", equalTo(field));
    }
}
