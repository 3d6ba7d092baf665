package org.fraudlink.registry.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.fraudlink.platform.testing.TestTokens;
import org.fraudlink.registry.DatabaseProbe;
import org.fraudlink.registry.RegistryApi;

/** {@code /api/v1/registry/meetings} and overdue action items. Tianjin (12) is this class's province. */
@QuarkusTest
class MeetingResourceTest {

    private static final String PATH = "/api/v1/registry/meetings";
    private static String taskForce;
    private static String bank;
    private static String telecom;

    @Inject
    DatabaseProbe db;

    @BeforeEach
    void organisations() {
        if (taskForce == null) {
            taskForce = RegistryApi.createOrg(RegistryApi.uniqueCode("TJ-TF"), "POLICE", "120000", null);
            bank = RegistryApi.createOrg(RegistryApi.uniqueCode("TJ-BANK"), "BANK", "120100", null);
            telecom = RegistryApi.createOrg(RegistryApi.uniqueCode("TJ-TEL"), "TELECOM", "120000", null);
        }
    }

    private static String taskForceToken() {
        return TestTokens.taskForce(taskForce, "120000").bearer();
    }

    private String meeting() {
        return given().header("Authorization", taskForceToken()).contentType(ContentType.JSON)
                .body(Map.of("date", "2026-03-01", "convener", taskForce, "attendees", List.of(bank),
                        "minutes", "Agreed faster stop-payments."))
                .post(PATH).then().statusCode(201).extract().path("id");
    }

    private String action(String meetingId, String owner, LocalDate due) {
        return given().header("Authorization", taskForceToken()).contentType(ContentType.JSON)
                .body(Map.of("resolution", "Answer stop-payments within 30 minutes", "ownerOrg", owner,
                        "dueDate", due.toString()))
                .post(PATH + "/" + meetingId + "/actions").then().statusCode(201).extract().path("id");
    }

    @Test
    void theTaskForceRecordsAMeetingAndAttendeesReadIt() {
        String id = meeting();
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        String late = action(id, bank, yesterday);
        action(id, bank, yesterday.plusDays(10));
        given().header("Authorization", TestTokens.partner(bank, "BANK", "120100").bearer()).get(PATH + "/" + id)
                .then().statusCode(200).body("convener", equalTo(taskForce)).body("attendees", equalTo(List.of(bank)));
        given().header("Authorization", TestTokens.partner(bank, "BANK", "120100").bearer())
                .get(PATH + "/" + id + "/actions").then().statusCode(200)
                .body("size()", equalTo(2)).body("[0].id", equalTo(late)).body("[0].overdue", equalTo(true))
                .body("[1].overdue", equalTo(false));
        given().header("Authorization", TestTokens.partner(bank, "BANK", "120100").bearer())
                .get(PATH).then().statusCode(200).body("items.id", hasItem(id));
        given().header("Authorization", TestTokens.partner(bank, "BANK", "120100").bearer())
                .get("/api/v1/registry/action-items/overdue").then().statusCode(200)
                .body("items[0].org", equalTo(bank)).body("items[0].items.id", hasItem(late));
        assertEquals(1, db.count("SELECT count(*) FROM platform.audit_record WHERE action = 'meeting.create'"
                + " AND resource_id = ?", id));
        assertEquals(2, db.count("SELECT count(*) FROM platform.audit_record a JOIN action_item i"
                + " ON i.id::text = a.resource_id WHERE a.action = 'action.create' AND i.meeting_id = ?::uuid", id));
    }

    @Test
    void anOrganisationThatDidNotAttendDoesNotSeeTheMeeting() {
        String id = meeting();
        given().header("Authorization", TestTokens.partner(telecom, "TELECOM", "120000").bearer())
                .get(PATH + "/" + id).then().statusCode(404);
        given().header("Authorization", TestTokens.partner(telecom, "TELECOM", "120000").bearer())
                .get(PATH + "/" + id + "/actions").then().statusCode(404);
        given().header("Authorization", TestTokens.partner(telecom, "TELECOM", "120000").bearer())
                .get(PATH).then().statusCode(200).body("items.id", not(hasItem(id)));
        given().header("Authorization", TestTokens.taskForce("SH-TF", "310000").bearer())
                .get(PATH + "/" + id).then().statusCode(404);
        given().header("Authorization", RegistryApi.admin()).get(PATH + "/" + id).then().statusCode(200);
    }

    @Test
    void onlyTheTaskForceAndTheAdminRecord() {
        Map<String, Object> body = Map.of("date", "2026-03-01", "convener", taskForce, "attendees", List.of(bank),
                "minutes", "x");
        for (TestTokens other : new TestTokens[] {TestTokens.police(taskForce, "120000"),
                TestTokens.partner(bank, "BANK", "120100"), TestTokens.auditor(), TestTokens.service()}) {
            given().header("Authorization", other.bearer()).contentType(ContentType.JSON).body(body).post(PATH)
                    .then().statusCode(403);
        }
        given().header("Authorization", TestTokens.auditor().bearer()).get(PATH).then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(401);
        given().get(PATH).then().statusCode(401);
        given().header("Authorization", RegistryApi.admin()).contentType(ContentType.JSON).body(body).post(PATH)
                .then().statusCode(201);
        String id = meeting();
        given().header("Authorization", TestTokens.partner(bank, "BANK", "120100").bearer())
                .contentType(ContentType.JSON)
                .body(Map.of("resolution", "x", "ownerOrg", bank, "dueDate", "2026-04-01"))
                .post(PATH + "/" + id + "/actions").then().statusCode(403);
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        long before = db.count("SELECT count(*) FROM meeting");
        given().header("Authorization", taskForceToken()).contentType(ContentType.JSON)
                .body(Map.of("date", "2026-03-01", "convener", taskForce, "attendees", List.of(bank, "NO-SUCH"),
                        "minutes", "x"))
                .post(PATH).then().statusCode(400).body("errors[0].field", equalTo("attendees[1]"));
        given().header("Authorization", taskForceToken()).contentType(ContentType.JSON)
                .body(Map.of("date", "2026-03-01", "convener", "SH-TF", "attendees", List.of(bank), "minutes", "x"))
                .post(PATH).then().statusCode(400).body("errors[0].field", equalTo("convener"));
        given().header("Authorization", taskForceToken()).contentType(ContentType.JSON)
                .body(Map.of("date", "2026-13-01", "convener", taskForce, "attendees", List.of(bank), "minutes", "x"))
                .post(PATH).then().statusCode(400).body("errors[0].field", equalTo("date"));
        given().header("Authorization", taskForceToken()).contentType(ContentType.JSON)
                .body(Map.of("convener", taskForce, "attendees", List.of(), "minutes", "x"))
                .post(PATH).then().statusCode(400);
        assertEquals(before, db.count("SELECT count(*) FROM meeting"));
        String id = meeting();
        given().header("Authorization", taskForceToken()).contentType(ContentType.JSON)
                .body(Map.of("resolution", "x", "ownerOrg", "NO-SUCH", "dueDate", "2026-04-01"))
                .post(PATH + "/" + id + "/actions").then().statusCode(400).body("errors[0].field", equalTo("ownerOrg"));
        assertEquals(0, db.count("SELECT count(*) FROM action_item WHERE meeting_id = ?::uuid", id));
    }

    @Test
    void theOwnerMarksItsItemDoneOnce() {
        String id = meeting();
        String item = action(id, telecom, LocalDate.now(ZoneOffset.UTC).minusDays(3));
        given().header("Authorization", TestTokens.partner(bank, "BANK", "120100").bearer())
                .post(PATH + "/" + id + "/actions/" + item + "/done").then().statusCode(404);
        given().header("Authorization", TestTokens.partner(telecom, "TELECOM", "120000").bearer())
                .post(PATH + "/" + id + "/actions/" + item + "/done").then().statusCode(200)
                .body("status", equalTo("DONE")).body("overdue", equalTo(false));
        given().header("Authorization", taskForceToken())
                .post(PATH + "/" + id + "/actions/" + item + "/done").then().statusCode(409);
    }
}
