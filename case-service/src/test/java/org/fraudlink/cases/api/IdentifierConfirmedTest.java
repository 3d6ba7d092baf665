package org.fraudlink.cases.api;

import static io.restassured.RestAssured.given;
import static org.fraudlink.cases.api.Api.CASES;
import static org.fraudlink.cases.api.Api.as;
import static org.fraudlink.cases.api.Api.hohhot;
import static org.fraudlink.cases.api.Api.move;
import static org.fraudlink.cases.api.Api.open;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Once a case is FILED, each of its identifiers leaves through the outbox as IdentifierConfirmed, and so does each
 * identifier added later; a REPORTED or REJECTED case publishes nothing.
 */
@QuarkusTest
class IdentifierConfirmedTest {

    @ConfigProperty(name = "fraudlink.test.subscriber-stub")
    String stub;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Test
    void filingPublishesEveryIdentifierAndLaterOnesFollow() {
        String id = open(hohhot(), "150122");
        addIdentifier(id, "BANK_ACCOUNT", "6222 0000 1111 2222", "RECEIVING_ACCOUNT");
        addIdentifier(id, "PHONE", "+86 170-0000-0001", "CONTACT_NUMBER");
        assertEquals(List.of(), events(id), "nothing is published while the case is only reported");

        move(hohhot(), id, "FILED", "2026-01-15T08:00:00Z");
        List<Map<String, Object>> filed = events(id);
        assertEquals(2, filed.size());
        String number = as(hohhot()).get(CASES + "/" + id).then().extract().path("number");
        assertEquals(Map.of("caseId", id, "caseNumber", number, "owningOrg", "HOHHOT-PSB", "region", "150122",
                "kind", "BANK_ACCOUNT", "value", "6222000011112222", "role", "RECEIVING_ACCOUNT",
                "confirmedAt", "2026-01-15T08:00:00Z"), filed.get(0));
        assertEquals("17000000001", filed.get(1).get("value"));

        move(hohhot(), id, "SOLVED", "2026-01-20T08:00:00Z");
        assertEquals(2, events(id).size(), "solving does not publish again");
        addIdentifier(id, "DOMAIN", "Fake-Bank.example", "PHISHING_SITE");
        List<Map<String, Object>> all = events(id);
        assertEquals(3, all.size());
        assertEquals("fake-bank.example", all.get(2).get("value"));

        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> delivered(id) == 3);
    }

    @Test
    void aRejectedCasePublishesNothing() {
        String id = open(hohhot(), "150122");
        addIdentifier(id, "PHONE", "13700000002", null);
        move(hohhot(), id, "REJECTED", "2026-01-15T08:00:00Z");
        addIdentifier(id, "PHONE", "13700000003", null);
        assertEquals(List.of(), events(id));
    }

    private static void addIdentifier(String id, String kind, String value, String role) {
        String json = role == null ? "{\"kind\":\"%s\",\"value\":\"%s\"}".formatted(kind, value)
                : "{\"kind\":\"%s\",\"value\":\"%s\",\"role\":\"%s\"}".formatted(kind, value, role);
        as(hohhot()).body(json).post(CASES + "/" + id + "/identifiers").then().statusCode(201);
    }

    private long delivered(String id) {
        String received = given().get(stub + "/received").then().extract().asString();
        return received.lines().filter(line -> line.contains(" IdentifierConfirmed " + id + " 200")).count();
    }

    private List<Map<String, Object>> events(String caseId) {
        List<Map<String, Object>> payloads = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT payload FROM platform.outbox_event"
                        + " WHERE type = 'IdentifierConfirmed' AND aggregate_type = 'Case' AND aggregate_id = ?"
                        + " ORDER BY seq")) {
            select.setString(1, caseId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    payloads.add(mapper.readValue(rows.getString(1), new TypeReference<Map<String, Object>>() {
                    }));
                }
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return payloads;
    }
}
