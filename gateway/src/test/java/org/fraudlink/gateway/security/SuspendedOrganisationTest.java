package org.fraudlink.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.gateway.support.Stubs;
import org.fraudlink.platform.testing.TestTokens;

/** Tokens of a suspended organisation are refused, kept current from events and from registry-service's list. */
@QuarkusTest
class SuspendedOrganisationTest {

    @Inject
    SuspendedListRefresher refresher;

    private final String bankToken = TestTokens.partner("BANK-S", "BANK", "150000").bearer();

    @BeforeEach
    @AfterEach
    void reset() {
        Stubs.reset();
        organisationChanged("BANK-S", "ACTIVE");
        refresher.refresh();
    }

    @Test
    void suspendedOrganisationsLiveTokenIsRefusedAfterTheEvent() {
        given().header("Authorization", bankToken).get("/api/v1/interventions").then().statusCode(200);

        organisationChanged("BANK-S", "SUSPENDED");
        given().header("Authorization", bankToken).get("/api/v1/interventions")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("The token's organisation is suspended"));
        assertThat(Stubs.received("alerts").size(), is(1));

        organisationChanged("BANK-S", "ACTIVE");
        given().header("Authorization", bankToken).get("/api/v1/interventions").then().statusCode(200);
    }

    @Test
    void repeatedEventChangesNothing() {
        organisationChanged("BANK-S", "SUSPENDED");
        organisationChanged("BANK-S", "SUSPENDED");
        given().header("Authorization", bankToken).get("/api/v1/interventions").then().statusCode(401);
    }

    @Test
    void registryListIsReadAtEachRefresh() {
        Stubs.suspendedInRegistry("BANK-S");
        refresher.refresh();
        given().header("Authorization", bankToken).get("/api/v1/flags/PHONE/1").then().statusCode(401);

        Stubs.suspendedInRegistry();
        refresher.refresh();
        given().header("Authorization", bankToken).get("/api/v1/flags/PHONE/1").then().statusCode(200);
    }

    @Test
    void otherEventTypesAreAcknowledgedAndIgnored() {
        given().header("Authorization", TestTokens.service().bearer()).contentType("application/json")
                .body(envelope("IdentifierConfirmed", "{\"code\":\"BANK-S\",\"status\":\"SUSPENDED\"}"))
                .post("/internal/events").then().statusCode(204);
        given().header("Authorization", bankToken).get("/api/v1/interventions").then().statusCode(200);
    }

    @Test
    void onlyServicesMayDeliverEvents() {
        String event = envelope("OrganisationChanged", "{\"code\":\"BANK-S\",\"status\":\"SUSPENDED\"}");
        given().contentType("application/json").body(event).post("/internal/events").then().statusCode(401);
        given().header("Authorization", TestTokens.registryAdmin().bearer()).contentType("application/json")
                .body(event).post("/internal/events")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", bankToken).get("/api/v1/interventions").then().statusCode(200);
    }

    @Test
    void malformedEventIsAProblem() {
        given().header("Authorization", TestTokens.service().bearer()).contentType("application/json")
                .body("{\"type\":").post("/internal/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/malformed-json"));
        given().header("Authorization", TestTokens.service().bearer()).contentType("application/json")
                .body(envelope("OrganisationChanged", "{\"code\":\"BANK-S\"}")).post("/internal/events")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static void organisationChanged(String code, String status) {
        given().header("Authorization", TestTokens.service().bearer()).contentType("application/json")
                .body(envelope("OrganisationChanged", "{\"code\":\"" + code + "\",\"name\":\"Bank S\","
                        + "\"type\":\"BANK\",\"region\":\"150000\",\"parentCode\":null,\"status\":\"" + status
                        + "\",\"changedAt\":\"2026-03-01T10:00:00Z\"}"))
                .post("/internal/events").then().statusCode(204);
    }

    private static String envelope(String type, String payload) {
        return "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"" + type + "\",\"aggregateType\":\"Organisation\","
                + "\"aggregateId\":\"BANK-S\",\"occurredAt\":\"2026-03-01T10:00:00Z\",\"source\":\"registry\","
                + "\"payload\":" + payload + "}";
    }
}
