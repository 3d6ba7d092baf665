package org.fraudlink.alerts.api;

import static org.fraudlink.alerts.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.alerts.support.Api;
import org.fraudlink.alerts.support.TestClock;
import org.fraudlink.platform.testing.TestTokens;

/** IdentifierConfirmed from case-service flags an identifier and raises the warnings that name it, once. */
@QuarkusTest
class FlagTest {

    @Inject
    DataSource dataSource;

    static void confirm(UUID eventId, String kind, String value) {
        Api.deliver(eventId, "IdentifierConfirmed", "Case", UUID.randomUUID().toString(), """
                {"caseId":"%s","caseNumber":"150100-2026-000123","owningOrg":"HOHHOT-PSB","region":"150102",
                 "kind":"%s","value":"%s","role":"RECEIVING_ACCOUNT","confirmedAt":"%s"}"""
                .formatted(UUID.randomUUID(), kind, value, TestClock.now()));
    }

    @Test
    void aConfirmedAccountRaisesOpenAndNewWarningsToHigh() {
        String account = "6222020200" + (System.nanoTime() % 1_000_000_000L);
        String open = as(Api.bankA()).body(Api.warning(Api.newId(), "150102",
                        "[{\"kind\":\"BANK_ACCOUNT\",\"value\":\"" + account + "\"}]"))
                .post("/api/v1/warnings").then().statusCode(201).body("grade", equalTo("LOW")).extract().path("id");
        as(Api.bankA()).get("/api/v1/flags/BANK_ACCOUNT/{value}", account).then().statusCode(200)
                .body("flagged", equalTo(false));

        UUID eventId = UUID.randomUUID();
        confirm(eventId, "BANK_ACCOUNT", account);
        confirm(eventId, "BANK_ACCOUNT", account);

        as(Api.xincheng()).get("/api/v1/warnings/{id}", open).then()
                .body("grade", equalTo("HIGH")).body("channel", equalTo("IN_PERSON"))
                .body("riskReasons", hasItem(startsWith("BANK_ACCOUNT " + account + " confirmed in case")));
        assertEquals(1, Api.count(dataSource, "SELECT count(*) FROM platform.audit_record WHERE resource_id = ?"
                + " AND action = 'warning.raise'", open), "the event applied once");

        String spaced = account.substring(0, 4) + " " + account.substring(4);
        as(Api.bankB()).get("/api/v1/flags/BANK_ACCOUNT/{value}", spaced).then().statusCode(200)
                .body("flagged", equalTo(true)).body("value", equalTo(account));
        as(Api.bankA()).body(Api.warning(Api.newId(), "150102",
                        "[{\"kind\":\"BANK_ACCOUNT\",\"value\":\"" + spaced + "\"}]"))
                .post("/api/v1/warnings").then().statusCode(201).body("grade", equalTo("HIGH"));
    }

    @Test
    void flagChecksNeedAKnownKindAndAToken() {
        as(Api.bankA()).get("/api/v1/flags/FAX/123").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        as(TestTokens.auditor()).get("/api/v1/flags/PHONE/13800000000").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/v1/flags/PHONE/13800000000").then().statusCode(401);
    }

    @Test
    void eventsComeOnlyFromServices() {
        as(Api.bankA()).body("{}").post("/internal/events").then().statusCode(403);
    }
}
