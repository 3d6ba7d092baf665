package org.fraudlink.registry.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.fraudlink.platform.testing.TestTokens;
import org.fraudlink.registry.DatabaseProbe;
import org.fraudlink.registry.RegistryApi;

/** Liaisons, who is on duty, and the gaps report. Shaanxi (61) is this class's province; duty times are Beijing time. */
@QuarkusTest
class LiaisonResourceTest {

    @Inject
    DatabaseProbe db;

    private static String path(String org) {
        return RegistryApi.ORGS + "/" + org + "/liaisons";
    }

    private static void liaison(String org, String name, String role, String from, String to) {
        given().header("Authorization", TestTokens.partner(org, "BANK", "610000").bearer()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "title", "Duty manager", "phone", "029-96110", "role", role,
                        "dutyFrom", from, "dutyTo", to))
                .post(path(org)).then().statusCode(201).body("role", equalTo(role));
    }

    @Test
    void onDutyFollowsTheWindowsIncludingPastMidnight() {
        String bank = RegistryApi.createOrg(RegistryApi.uniqueCode("SN-BANK"), "BANK", "610000", null);
        liaison(bank, "Day", "PRIMARY", "08:00", "20:00");
        liaison(bank, "Night", "PRIMARY", "20:00", "08:00");
        liaison(bank, "Backup", "BACKUP", "00:00", "00:00");
        String police = TestTokens.police("XA-PSB", "610100").bearer();
        given().header("Authorization", police).queryParam("at", "2026-03-01T02:00:00Z") // 10:00 in Beijing
                .get(path(bank) + "/on-duty").then().statusCode(200)
                .body("primary.name", equalTo(List.of("Day"))).body("backup.name", equalTo(List.of("Backup")));
        given().header("Authorization", police).queryParam("at", "2026-03-01T15:30:00Z") // 23:30 in Beijing
                .get(path(bank) + "/on-duty").then().statusCode(200).body("primary.name", equalTo(List.of("Night")));
        given().header("Authorization", police).queryParam("at", "yesterday")
                .get(path(bank) + "/on-duty").then().statusCode(400).body("errors[0].field", equalTo("at"));
        given().header("Authorization", RegistryApi.admin()).get("/api/v1/registry/liaisons/gaps").then()
                .statusCode(200).body("items.org", not(hasItem(bank)));
        assertEquals(3, db.count("SELECT count(*) FROM platform.audit_record a JOIN liaison l"
                + " ON l.id::text = a.resource_id WHERE a.action = 'liaison.create' AND l.org_code = ?", bank));
    }

    @Test
    void theGapsReportNamesTheUncoveredHours() {
        String bank = RegistryApi.createOrg(RegistryApi.uniqueCode("SN-BANK"), "BANK", "610100", null);
        String empty = RegistryApi.createOrg(RegistryApi.uniqueCode("SN-PAY"), "PAYMENT", "610100", null);
        liaison(bank, "Day", "PRIMARY", "08:00", "20:00");
        liaison(bank, "Backup", "BACKUP", "00:00", "00:00");
        given().header("Authorization", TestTokens.taskForce("SN-TF", "610000").bearer())
                .get("/api/v1/registry/liaisons/gaps").then().statusCode(200)
                .body("items.find { it.org == '" + bank + "' }.missingPrimaryHours",
                        equalTo(List.of(0, 1, 2, 3, 4, 5, 6, 7, 20, 21, 22, 23)))
                .body("items.find { it.org == '" + bank + "' }.missingBackupHours", empty())
                .body("items.find { it.org == '" + empty + "' }.missingBackupHours.size()", equalTo(24));
        given().header("Authorization", TestTokens.taskForce("BJ-TF", "110000").bearer())
                .get("/api/v1/registry/liaisons/gaps").then().statusCode(200).body("items.org", not(hasItem(bank)));
        given().header("Authorization", TestTokens.police("SN-PSB", "610000").bearer())
                .get("/api/v1/registry/liaisons/gaps").then().statusCode(403);
        given().get("/api/v1/registry/liaisons/gaps").then().statusCode(401);
    }

    @Test
    void liaisonsAreKeptByTheOrganisationAndReadOnlyByThoseAllowed() {
        String bank = RegistryApi.createOrg(RegistryApi.uniqueCode("SN-BANK"), "BANK", "610000", null);
        Map<String, Object> body = Map.of("name", "x", "title", "y", "phone", "z", "role", "PRIMARY",
                "dutyFrom", "08:00", "dutyTo", "20:00");
        given().header("Authorization", TestTokens.partner("OTHER-BANK", "BANK", "610000").bearer())
                .contentType(ContentType.JSON).body(body).post(path(bank)).then().statusCode(404);
        given().header("Authorization", TestTokens.partner("OTHER-BANK", "BANK", "610000").bearer())
                .get(path(bank)).then().statusCode(404);
        given().header("Authorization", TestTokens.police("XA-PSB", "610100").bearer())
                .contentType(ContentType.JSON).body(body).post(path(bank)).then().statusCode(403);
        given().header("Authorization", TestTokens.auditor().bearer()).get(path(bank)).then().statusCode(403);
        given().get(path(bank)).then().statusCode(401);
        given().header("Authorization", TestTokens.partner(bank, "BANK", "610000").bearer())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "x", "title", "y", "phone", "z", "role", "CHIEF", "dutyFrom", "08:00",
                        "dutyTo", "20:00"))
                .post(path(bank)).then().statusCode(400).body("errors[0].field", equalTo("role"));
        given().header("Authorization", TestTokens.partner(bank, "BANK", "610000").bearer())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "x", "title", "y", "phone", "z", "role", "PRIMARY", "dutyFrom", "25:00",
                        "dutyTo", "20:00"))
                .post(path(bank)).then().statusCode(400).body("errors[0].field", equalTo("dutyFrom"));
        assertEquals(0, db.count("SELECT count(*) FROM liaison WHERE org_code = ?", bank));
        String id = given().header("Authorization", RegistryApi.admin()).contentType(ContentType.JSON).body(body)
                .post(path(bank)).then().statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.partner(bank, "BANK", "610000").bearer())
                .get(path(bank)).then().statusCode(200).body("id", hasItem(id));
        given().header("Authorization", TestTokens.partner(bank, "BANK", "610000").bearer())
                .delete(path(bank) + "/" + id).then().statusCode(204);
        assertEquals(0, db.count("SELECT count(*) FROM liaison WHERE org_code = ?", bank));
    }
}
