package org.fraudlink.registry.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.fraudlink.platform.testing.TestTokens;
import org.fraudlink.registry.DatabaseProbe;
import org.fraudlink.registry.RegistryApi;

/** {@code /api/v1/registry/orgs}: the directory, its writes, their audit and events, and bad input. */
@QuarkusTest
class OrganisationResourceTest {

    private static final String ORGS = RegistryApi.ORGS;

    @Inject
    DatabaseProbe db;

    @ConfigProperty(name = "fraudlink.test.subscriber-stub")
    String stub;

    @Test
    void adminCreatesAPoliceHierarchyAuditedAndPublished() {
        String province = RegistryApi.uniqueCode("PSD");
        given().header("Authorization", RegistryApi.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", province, "name", "Provincial department", "type", "POLICE", "region", "150000",
                        "contact", Map.of("name", "Duty office", "phone", "0471-110", "email", "duty@psd.example")))
                .post(ORGS).then().statusCode(201)
                .header("Location", containsString(ORGS + "/" + province))
                .body("code", equalTo(province)).body("status", equalTo("ACTIVE")).body("version", equalTo(0))
                .body("contact.email", equalTo("duty@psd.example")).body("id", notNullValue());
        String city = RegistryApi.createOrg(RegistryApi.uniqueCode("PSB"), "POLICE", "150100", province);
        given().header("Authorization", RegistryApi.admin()).get(ORGS + "/" + city).then().statusCode(200)
                .body("parentCode", equalTo(province)).body("region", equalTo("150100"));

        assertEquals(1, db.count("SELECT count(*) FROM platform.audit_record WHERE action = 'organisation.create'"
                + " AND resource_id = ? AND actor LIKE 'test-%' AND org = 'JMO'", province));
        assertEquals(1, db.count("SELECT count(*) FROM platform.outbox_event WHERE type = 'OrganisationChanged'"
                + " AND aggregate_id = ?", city));
        assertEquals(2, db.count("SELECT count(*) FROM platform.outbox_delivery d JOIN platform.outbox_event e"
                + " ON e.seq = d.event_seq WHERE e.aggregate_id = ?", city));
        String payload = db.strings("SELECT payload FROM platform.outbox_event WHERE aggregate_id = ?", city).get(0);
        assertTrue(payload.contains("\"parentCode\":\"" + province + "\"") && payload.contains("\"status\":\"ACTIVE\""),
                payload);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get(stub + "/received").then()
                .body(containsString("OrganisationChanged " + city + " 200")));
    }

    @Test
    void everyAuthenticatedCallerReadsTheDirectoryButOnlySomeSeeContacts() {
        String bank = RegistryApi.createOrg(RegistryApi.uniqueCode("BANK"), "BANK", "150000", null);
        given().header("Authorization", TestTokens.partner("OTHER-BANK", "BANK", "150000").bearer())
                .get(ORGS + "/" + bank).then().statusCode(200)
                .body("code", equalTo(bank)).body("type", equalTo("BANK")).body("contact", nullValue());
        given().header("Authorization", TestTokens.partner(bank, "BANK", "150000").bearer())
                .get(ORGS + "/" + bank).then().statusCode(200).body("contact.name", equalTo("Duty office"));
        given().header("Authorization", TestTokens.police("HOHHOT-PSB", "150100").bearer())
                .get(ORGS + "/" + bank).then().statusCode(200).body("contact.phone", equalTo("0471-110"));
        given().header("Authorization", TestTokens.service().bearer())
                .get(ORGS + "/" + bank).then().statusCode(200).body("contact", nullValue());
        given().header("Authorization", TestTokens.auditor().bearer())
                .get(ORGS + "/" + bank).then().statusCode(200);
        given().get(ORGS + "/" + bank).then().statusCode(401);
        given().header("Authorization", TestTokens.partner(bank, "BANK", "150000").expired().bearer())
                .get(ORGS + "/" + bank).then().statusCode(401);
    }

    @Test
    void listFiltersByTypeStatusAndRegion() {
        String bank = RegistryApi.createOrg(RegistryApi.uniqueCode("BANK"), "BANK", "510100", null);
        given().header("Authorization", TestTokens.police("X", "510000").bearer())
                .queryParam("type", "BANK").queryParam("region", "510000").queryParam("size", 500)
                .get(ORGS).then().statusCode(200).body("items.code", hasItem(bank))
                .body("items.type", not(hasItem("POLICE")));
        given().header("Authorization", TestTokens.police("X", "510000").bearer())
                .queryParam("type", "BANK").queryParam("region", "440000")
                .get(ORGS).then().statusCode(200).body("items.code", not(hasItem(bank)));
        given().header("Authorization", TestTokens.police("X", "510000").bearer()).queryParam("type", "SHOP")
                .get(ORGS).then().statusCode(400).body("type", containsString("unknown-value"))
                .body("errors[0].field", equalTo("type"));
        given().header("Authorization", TestTokens.police("X", "510000").bearer()).queryParam("region", "159999")
                .get(ORGS).then().statusCode(400).body("errors[0].field", equalTo("region"));
        given().header("Authorization", TestTokens.police("X", "510000").bearer()).queryParam("size", 501)
                .get(ORGS).then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().get(ORGS).then().statusCode(401);
    }

    @Test
    void onlyTheAdminWrites() {
        String code = RegistryApi.uniqueCode("NOPE");
        Map<String, Object> body = Map.of("code", code, "name", "x", "type", "BANK", "region", "150000");
        for (TestTokens other : new TestTokens[] {TestTokens.police("HOHHOT-PSB", "150100"),
                TestTokens.taskForce("NMG-PSD", "150000"), TestTokens.partner("BANK-A", "BANK", "150000"),
                TestTokens.auditor(), TestTokens.service()}) {
            given().header("Authorization", other.bearer()).contentType(ContentType.JSON).body(body)
                    .post(ORGS).then().statusCode(403);
            given().header("Authorization", other.bearer()).contentType("application/merge-patch+json")
                    .body(Map.of("status", "SUSPENDED")).patch(ORGS + "/JMO").then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(body).post(ORGS).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).patch(ORGS + "/JMO").then().statusCode(401);
        assertEquals(0, db.count("SELECT count(*) FROM organisation WHERE code = ?", code));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndWritesNothing() {
        String code = RegistryApi.uniqueCode("BAD");
        assertRefused("{\"code\":\"" + code + "\",\"name\":\"x\",\"type\":\"SHOP\",\"region\":\"150000\"}",
                "unknown-value", "type");
        assertRefused("{\"code\":\"" + code + "\",\"name\":\"x\",\"type\":\"BANK\",\"region\":\"159999\"}",
                "validation", "region");
        assertRefused("{\"code\":\"" + code + "\",\"name\":\"x\",\"type\":\"BANK\",\"region\":\"15\"}",
                "validation", "region");
        assertRefused("{\"code\":\"" + code + "\",\"name\":\"x\",\"type\":\"BANK\",\"region\":\"150000\","
                + "\"colour\":\"red\"}", "unknown-field", "colour");
        assertRefused("{\"code\":\"" + code + "\",\"name\":\"x\",\"type\":\"BANK\",", "malformed-json", null);
        assertRefused("{\"code\":\"" + code.toLowerCase() + "\",\"name\":\"x\",\"type\":\"BANK\","
                + "\"region\":\"150000\"}", "validation", "code");
        assertRefused("{\"code\":\"" + code + "\",\"name\":\"x\",\"type\":\"BANK\",\"region\":\"150000\","
                + "\"contact\":{\"email\":\"not-an-email\"}}", "validation", "contact.email");
        assertRefused("{\"code\":\"" + code + "\",\"type\":\"BANK\",\"region\":\"150000\"}", "validation", "name");
        assertRefused("{\"code\":\"" + code + "\",\"name\":\"x\",\"type\":\"BANK\",\"region\":150000}", "wrong-type",
                "region");
        assertEquals(0, db.count("SELECT count(*) FROM organisation WHERE code = ?", code));
        assertEquals(0, db.count("SELECT count(*) FROM platform.outbox_event WHERE aggregate_id = ?", code));
    }

    @Test
    void aParentOutsideTheChildsRegionIsRefused() {
        String hohhot = RegistryApi.createOrg(RegistryApi.uniqueCode("PSB"), "POLICE", "150100", null);
        String code = RegistryApi.uniqueCode("PSB");
        assertRefused("{\"code\":\"" + code + "\",\"name\":\"x\",\"type\":\"POLICE\",\"region\":\"320100\","
                + "\"parentCode\":\"" + hohhot + "\"}", "validation", "parentCode");
        String bank = RegistryApi.createOrg(RegistryApi.uniqueCode("BANK"), "BANK", "150000", null);
        assertRefused("{\"code\":\"" + code + "\",\"name\":\"x\",\"type\":\"POLICE\",\"region\":\"150102\","
                + "\"parentCode\":\"" + bank + "\"}", "validation", "parentCode");
        assertRefused("{\"code\":\"" + code + "\",\"name\":\"x\",\"type\":\"POLICE\",\"region\":\"150102\","
                + "\"parentCode\":\"NO-SUCH-ORG\"}", "validation", "parentCode");
        assertEquals(0, db.count("SELECT count(*) FROM organisation WHERE code = ?", code));
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyIsAnsweredOnce() {
        String code = RegistryApi.uniqueCode("IDEM");
        String key = java.util.UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("code", code, "name", "Retried bank", "type", "BANK", "region", "150000");
        String admin = TestTokens.registryAdmin().subject("retrying-admin").bearer();
        String first = given().header("Authorization", admin).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post(ORGS).then().statusCode(201).extract().path("id");
        given().header("Authorization", admin).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post(ORGS).then().statusCode(201).header("Idempotency-Replayed", "true")
                .body("id", equalTo(first));
        assertEquals(1, db.count("SELECT count(*) FROM organisation WHERE code = ?", code));
        assertEquals(1, db.count("SELECT count(*) FROM platform.outbox_event WHERE aggregate_id = ?", code));
        assertEquals(first, db.strings("SELECT id::text FROM organisation WHERE code = ?", code).get(0));
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        String code = RegistryApi.createOrg(RegistryApi.uniqueCode("DUP"), "BANK", "150000", null);
        given().header("Authorization", RegistryApi.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "again", "type", "BANK", "region", "150000"))
                .post(ORGS).then().statusCode(409).body("type", containsString("duplicate"));
    }

    @Test
    void mergePatchChangesOnlyTheGivenFieldsAndPublishes() {
        String parent = RegistryApi.createOrg(RegistryApi.uniqueCode("PSD"), "POLICE", "150000", null);
        String code = RegistryApi.createOrg(RegistryApi.uniqueCode("PSB"), "POLICE", "150100", parent);
        given().header("Authorization", RegistryApi.admin()).contentType("application/merge-patch+json")
                .body("{\"name\":\"Renamed\",\"contact\":null,\"version\":0}")
                .patch(ORGS + "/" + code).then().statusCode(200)
                .body("name", equalTo("Renamed")).body("region", equalTo("150100"))
                .body("parentCode", equalTo(parent)).body("contact", nullValue()).body("version", equalTo(1));
        given().header("Authorization", RegistryApi.admin()).contentType(ContentType.JSON)
                .body("{\"status\":\"SUSPENDED\"}").patch(ORGS + "/" + code).then().statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        assertEquals(3, db.count("SELECT count(*) FROM platform.outbox_event WHERE aggregate_id = ?", code));
        assertEquals(1, db.count("SELECT count(*) FROM platform.audit_record WHERE action = 'organisation.status'"
                + " AND resource_id = ?", code));
        given().header("Authorization", TestTokens.service().bearer())
                .queryParam("status", "SUSPENDED").get("/internal/registry/orgs").then().statusCode(200)
                .body("items.code", hasItem(code));
    }

    @Test
    void patchRefusesBadInputAndStaleVersions() {
        String code = RegistryApi.createOrg(RegistryApi.uniqueCode("PSB"), "POLICE", "150100", null);
        assertPatchRefused(code, "{\"status\":\"DELETED\"}", 400, "unknown-value", "status");
        assertPatchRefused(code, "{\"type\":\"BANK\"}", 400, "unknown-field", "type");
        assertPatchRefused(code, "{\"region\":\"999999\"}", 400, "validation", "region");
        assertPatchRefused(code, "{\"name\":null}", 400, "validation", "name");
        assertPatchRefused(code, "{\"name\":", 400, "malformed-json", null);
        assertPatchRefused(code, "{\"parentCode\":\"" + code + "\"}", 400, "validation", "parentCode");
        assertPatchRefused(code, "{\"name\":\"late\",\"version\":7}", 409, "version-conflict", null);
        given().header("Authorization", RegistryApi.admin()).get(ORGS + "/" + code).then()
                .body("version", equalTo(0)).body("name", equalTo("Org " + code));
        assertEquals(1, db.count("SELECT count(*) FROM platform.outbox_event WHERE aggregate_id = ?", code));
        given().header("Authorization", RegistryApi.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"x\"}").patch(ORGS + "/NO-SUCH-ORG").then().statusCode(404);
    }

    @Test
    void theJointMeetingOfficeCannotBeSuspended() {
        assertPatchRefused("JMO", "{\"status\":\"SUSPENDED\"}", 409, "conflict", null);
    }

    @Test
    void theSuspendedListIsForServicesOnly() {
        given().header("Authorization", TestTokens.service().bearer()).get("/internal/registry/orgs")
                .then().statusCode(200).body("items.code", hasItem("JMO"));
        given().header("Authorization", TestTokens.service().bearer()).queryParam("status", "GONE")
                .get("/internal/registry/orgs").then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().header("Authorization", RegistryApi.admin()).get("/internal/registry/orgs").then().statusCode(403);
        given().header("Authorization", TestTokens.police("HOHHOT-PSB", "150100").bearer())
                .get("/internal/registry/orgs").then().statusCode(403);
        given().get("/internal/registry/orgs").then().statusCode(401);
    }

    private void assertRefused(String json, String type, String field) {
        var response = given().header("Authorization", RegistryApi.admin()).contentType(ContentType.JSON).body(json)
                .post(ORGS).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/" + type));
        if (field != null) {
            response.body("errors[0].field", equalTo(field));
        }
    }

    private void assertPatchRefused(String code, String json, int status, String type, String field) {
        var response = given().header("Authorization", RegistryApi.admin()).contentType("application/merge-patch+json")
                .body(json).patch(ORGS + "/" + code).then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/" + type));
        if (field != null) {
            response.body("errors[0].field", equalTo(field));
        }
    }
}
