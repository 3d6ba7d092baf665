package org.fraudlink.alerts.api;

import static org.fraudlink.alerts.support.Api.as;
import static org.fraudlink.alerts.support.Api.bankA;
import static org.fraudlink.alerts.support.Api.newId;
import static org.fraudlink.alerts.support.Api.warning;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.alerts.support.Api;
import org.fraudlink.alerts.support.TestClock;
import org.fraudlink.platform.testing.TestTokens;

/** A partner's lead: graded, dispatched to the unit for the victim's region, stored once, refused when malformed. */
@QuarkusTest
class WarningIntakeTest {

    @Inject
    DataSource dataSource;

    @Test
    void aLeadGoesToTheUnitRegistryNamesForTheVictimsRegion() {
        String externalId = newId();
        as(bankA()).body(warning(externalId, "150102", "[{\"kind\":\"PHONE\",\"value\":\"170 0000 0001\"}]"))
                .post("/api/v1/warnings")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/warnings/"))
                .body("assignedOrg", equalTo("HOHHOT-XINCHENG-PSB"))
                .body("status", equalTo("DISPATCHED"))
                .body("grade", equalTo("LOW"))
                .body("channel", equalTo("SMS"))
                .body("victim.phone", equalTo("13800138000"))
                .body("indicators[0].value", equalTo("17000000001"))
                .body("notes", org.hamcrest.Matchers.nullValue());
        as(bankA()).body(warning(newId(), "150203", "[]")).post("/api/v1/warnings")
                .then().statusCode(201).body("assignedOrg", equalTo("BAOTOU-PSB"));
    }

    @Test
    void theSameLeadSentAgainIsTheSameWarning() {
        String externalId = newId();
        String body = warning(externalId, "150105", "[]");
        String id = as(bankA()).body(body).post("/api/v1/warnings").then().statusCode(201).extract().path("id");
        as(bankA()).body(body).post("/api/v1/warnings").then().statusCode(200).body("id", equalTo(id));
        assertEquals(1, Api.count(dataSource, "SELECT count(*) FROM warning WHERE external_id = ?", externalId));
        // another partner may use the same id for its own lead
        as(Api.bankB()).body(body).post("/api/v1/warnings").then().statusCode(201);
    }

    @Test
    void gradeRisesWithTheHintSeveralIndicatorsAndTheNationalCentre() {
        as(bankA()).body(warning(newId(), "150102", "[]").replace("}]", "}]").replace("\"observedAt\"",
                        "\"riskHint\":\"MEDIUM\",\"observedAt\""))
                .post("/api/v1/warnings").then().statusCode(201)
                .body("grade", equalTo("MEDIUM")).body("channel", equalTo("HOTLINE_96110"));
        as(bankA()).body(warning(newId(), "150102", "[{\"kind\":\"PHONE\",\"value\":\"17000000002\"},"
                        + "{\"kind\":\"DOMAIN\",\"value\":\"Fake-Bank.example\"}]"))
                .post("/api/v1/warnings").then().statusCode(201)
                .body("grade", equalTo("MEDIUM")).body("riskReasons", hasItem("2 fraud indicators reported together"))
                .body("indicators[1].value", equalTo("fake-bank.example"));
    }

    @Test
    void onlyPartnersAndTheTaskForceSendLeads() {
        String body = warning(newId(), "150102", "[]");
        as(Api.xincheng()).body(body).post("/api/v1/warnings").then().statusCode(403);
        as(TestTokens.registryAdmin()).body(body).post("/api/v1/warnings").then().statusCode(403);
        as(TestTokens.auditor()).body(body).post("/api/v1/warnings").then().statusCode(403);
        given().contentType("application/json").body(body).post("/api/v1/warnings").then().statusCode(401);
        as(Api.province()).body(warning(newId(), "150102", "[]")).post("/api/v1/warnings").then().statusCode(201);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown source kind|\"sourceKind\":\"BANK_RISK_MONITOR\"|\"sourceKind\":\"GUESSWORK\"|sourceKind",
        "unknown field|\"externalId\"|\"colour\":\"red\",\"externalId\"|colour",
        "missing victim|\"victim\"|\"victimX\"|victimX",
        "region not a division|\"region\":\"150102\"|\"region\":\"159999\"|victim.region",
        "region not six digits|\"region\":\"150102\"|\"region\":\"15\"|victim.region",
        "phone not a phone|\"phone\":\"+86 138-0013-8000\"|\"phone\":\"call me\"|victim.phone",
        "unknown indicator kind|\"indicators\":[]|\"indicators\":[{\"kind\":\"FAX\",\"value\":\"1\"}]|indicators",
        "observed in the future|\"observedAt\":\"|\"observedAt\":\"2999-01-01T00:00:00Z\",\"x\":\"|observedAt",
    })
    void badInputIsAProblemNamingTheFieldAndWritesNothing(String name, String from, String to, String field) {
        String externalId = newId();
        String body = warning(externalId, "150102", "[]").replace(from, to);
        if (name.equals("observed in the future")) {
            body = warning(externalId, "150102", "[]").replaceAll("\"observedAt\":\"[^\"]+\"",
                    "\"observedAt\":\"" + TestClock.now().plusSeconds(3600) + "\"");
        }
        as(bankA()).body(body).post("/api/v1/warnings")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(startsWith(field)));
        assertEquals(0, Api.count(dataSource, "SELECT count(*) FROM warning WHERE external_id = ?", externalId));
    }

    @Test
    void malformedJsonIsAProblem() {
        as(bankA()).body("{\"externalId\": ").post("/api/v1/warnings")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void everyIntakeIsAudited() {
        String id = Api.submit("150102");
        assertEquals(1, Api.count(dataSource, "SELECT count(*) FROM platform.audit_record WHERE resource_id = ?"
                + " AND action = 'warning.submit'", id));
    }
}
