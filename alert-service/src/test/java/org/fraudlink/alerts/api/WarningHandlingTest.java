package org.fraudlink.alerts.api;

import static org.fraudlink.alerts.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.alerts.support.Api;
import org.fraudlink.platform.testing.TestTokens;

/** The unit handles its warnings; the sending partner follows them without the unit's notes; others see nothing. */
@QuarkusTest
class WarningHandlingTest {

    @Inject
    DataSource dataSource;

    @Test
    void theDistrictUnitAcknowledgesAndRecordsTheOutcome() {
        String id = Api.submit("150102");
        as(Api.xincheng()).get("/api/v1/warnings").then().statusCode(200).body("items.id", hasItem(id));
        as(Api.xincheng()).body("{}").post("/api/v1/warnings/{id}/acknowledge", id)
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        as(Api.xincheng()).body("{}").post("/api/v1/warnings/{id}/acknowledge", id)
                .then().statusCode(409);
        as(Api.xincheng()).body("{\"result\":\"DISSUADED\",\"channel\":\"SMS\",\"notes\":\"called back, convinced\"}")
                .post("/api/v1/warnings/{id}/outcome", id)
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("outcome", equalTo("DISSUADED"));
        as(Api.xincheng()).body("{\"result\":\"FALSE_ALARM\",\"channel\":\"SMS\"}")
                .post("/api/v1/warnings/{id}/outcome", id).then().statusCode(409);

        as(Api.bankA()).get("/api/v1/warnings/{id}", id).then().statusCode(200)
                .body("outcome", equalTo("DISSUADED")).body("$", not(hasKey("notes")));
        assertEquals(0, Api.count(dataSource, "SELECT count(*) FROM platform.outbox_event WHERE aggregate_id = ?",
                id), "only ALREADY_DEFRAUDED is told to case-service");
    }

    @Test
    void alreadyDefraudedIsPublishedForCaseService() {
        String id = Api.submit("150102");
        as(Api.xincheng()).body("{\"result\":\"ALREADY_DEFRAUDED\",\"channel\":\"HOTLINE_96110\"}")
                .post("/api/v1/warnings/{id}/outcome", id).then().statusCode(200);
        assertEquals(1, Api.count(dataSource, "SELECT count(*) FROM platform.outbox_event WHERE aggregate_id = ?"
                + " AND type = 'WarningOutcomeRecorded' AND payload::jsonb ->> 'assignedOrg' = 'HOHHOT-XINCHENG-PSB'"
                + " AND payload::jsonb -> 'victim' ->> 'phone' = '13800138000'", id));
    }

    @Test
    void outsideTheirScopeAWarningDoesNotExist() {
        String id = Api.submit("150102");
        as(Api.baotou()).get("/api/v1/warnings/{id}", id).then().statusCode(404);
        as(Api.baotou()).body("{}").post("/api/v1/warnings/{id}/acknowledge", id).then().statusCode(404);
        as(Api.bankB()).get("/api/v1/warnings/{id}", id).then().statusCode(404);
        as(Api.bankB()).get("/api/v1/warnings").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(TestTokens.taskForce("BAOTOU-TF", "150200")).get("/api/v1/warnings/{id}", id).then().statusCode(404);
        as(Api.province()).get("/api/v1/warnings/{id}", id).then().statusCode(200)
                .body("assignedOrg", equalTo("HOHHOT-XINCHENG-PSB"));
    }

    @Test
    void thePartnerCannotActOnItsOwnLead() {
        String id = Api.submit("150102");
        as(Api.bankA()).body("{}").post("/api/v1/warnings/{id}/acknowledge", id).then().statusCode(403);
        as(TestTokens.auditor()).get("/api/v1/warnings").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/v1/warnings").then().statusCode(401);
    }

    @Test
    void outcomeNeedsAKnownResultAndChannelAndATimeThatIsNotAhead() {
        String id = Api.submit("150102");
        as(Api.xincheng()).body("{\"result\":\"MAYBE\",\"channel\":\"SMS\"}")
                .post("/api/v1/warnings/{id}/outcome", id).then().statusCode(400);
        as(Api.xincheng()).body("{\"result\":\"DISSUADED\"}")
                .post("/api/v1/warnings/{id}/outcome", id).then().statusCode(400).body("errors.field",
                        hasItem(org.hamcrest.Matchers.containsString("channel")));
        as(Api.xincheng()).body("{\"result\":\"DISSUADED\",\"channel\":\"SMS\",\"at\":\"2999-01-01T00:00:00Z\"}")
                .post("/api/v1/warnings/{id}/outcome", id).then().statusCode(400).body("errors.field", hasItem("at"));
        as(Api.xincheng()).get("/api/v1/warnings/{id}", id).then().body("status", equalTo("DISPATCHED"));
    }

    @Test
    void theUnitSeesTheMostUrgentFirst() {
        Api.submit("150102");
        as(Api.bankA()).body(Api.warning(Api.newId(), "150102", "[]").replace("\"observedAt\"",
                "\"riskHint\":\"HIGH\",\"observedAt\"")).post("/api/v1/warnings").then().statusCode(201);
        as(Api.xincheng()).queryParam("status", "DISPATCHED").get("/api/v1/warnings")
                .then().statusCode(200).body("items[0].grade", equalTo("HIGH"));
        as(Api.xincheng()).queryParam("status", "NOPE").get("/api/v1/warnings").then().statusCode(400);
        as(Api.xincheng()).queryParam("size", 501).get("/api/v1/warnings").then().statusCode(400);
    }
}
