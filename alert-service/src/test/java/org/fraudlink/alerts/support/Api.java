package org.fraudlink.alerts.support;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.fraudlink.platform.testing.TestTokens;

/** The callers of the tests, requests as them, events delivered as registry- and case-service would, row counts. */
public final class Api {

    private Api() {
    }

    public static TestTokens bankA() {
        return TestTokens.partner("BANK-A", "BANK", "150000");
    }

    public static TestTokens bankB() {
        return TestTokens.partner("BANK-B", "BANK", "150000");
    }

    public static TestTokens xincheng() {
        return TestTokens.police("HOHHOT-XINCHENG-PSB", "150102");
    }

    public static TestTokens hohhot() {
        return TestTokens.police("HOHHOT-PSB", "150100");
    }

    public static TestTokens baotou() {
        return TestTokens.police("BAOTOU-PSB", "150200");
    }

    public static TestTokens province() {
        return TestTokens.taskForce("NMG-PSD", "150000");
    }

    public static RequestSpecification as(TestTokens token) {
        return given().header("Authorization", token.bearer()).contentType(ContentType.JSON);
    }

    /** A warning lead as JSON, observed a minute ago by the test clock. */
    public static String warning(String externalId, String region, String indicatorsJson) {
        return """
                {"externalId":"%s","sourceKind":"BANK_RISK_MONITOR","victim":{"phone":"+86 138-0013-8000",
                 "name":"张某","region":"%s"},"indicators":%s,"observedAt":"%s"}"""
                .formatted(externalId, region, indicatorsJson, TestClock.now().minusSeconds(60));
    }

    public static String newId() {
        return "EXT-" + UUID.randomUUID();
    }

    /** Sends a warning as bank A about a victim in {@code region}; answers its id. */
    public static String submit(String region) {
        return as(bankA()).body(warning(newId(), region, "[]")).post("/api/v1/warnings")
                .then().statusCode(201).extract().path("id");
    }

    /** Delivers an event to {@code /internal/events} as the relay of another service would. */
    public static void deliver(UUID eventId, String type, String aggregateType, String aggregateId, String payload) {
        given().header("Authorization", TestTokens.service().bearer()).contentType(ContentType.JSON)
                .body("""
                        {"id":"%s","type":"%s","aggregateType":"%s","aggregateId":"%s","occurredAt":"%s",
                         "source":"test","payload":%s}""".formatted(eventId, type, aggregateType, aggregateId,
                        Instant.now(), payload))
                .post("/internal/events").then().statusCode(200);
    }

    /** Tells alert-service of an organisation, as registry-service's OrganisationChanged would. */
    public static void organisation(String code, String type, String region, String status) {
        deliver(UUID.randomUUID(), "OrganisationChanged", "Organisation", code, """
                {"code":"%s","name":"%s","type":"%s","region":"%s","parentCode":null,"status":"%s",
                 "changedAt":"%s"}""".formatted(code, code, type, region, status, Instant.now()));
    }

    public static long count(DataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
