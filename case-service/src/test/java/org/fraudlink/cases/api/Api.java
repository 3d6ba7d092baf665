package org.fraudlink.cases.api;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.fraudlink.platform.testing.TestTokens;

/** Shortcuts for the tests: officers of the units the tests use, requests as them, and row counts. */
final class Api {

    static final String CASES = "/api/v1/cases";

    private Api() {
    }

    static TestTokens hohhot() {
        return TestTokens.police("HOHHOT-PSB", "150100");
    }

    static TestTokens baotou() {
        return TestTokens.police("BAOTOU-PSB", "150200");
    }

    static RequestSpecification as(TestTokens token) {
        return given().header("Authorization", token.bearer()).contentType(ContentType.JSON);
    }

    static String caseJson(String region, String type, String loss, String reportedAt) {
        return """
                {"type":"%s","title":"Test case","region":"%s","reportedAt":"%s","lossAmount":%s}"""
                .formatted(type, region, reportedAt, loss);
    }

    /** Opens a case as {@code token} and answers its id. */
    static String open(TestTokens token, String region) {
        return openWith(token, caseJson(region, "LOAN", "1000.00", "2026-01-10T08:00:00Z"));
    }

    static String openWith(TestTokens token, String json) {
        return as(token).body(json).post(CASES).then().statusCode(201).extract().path("id");
    }

    static void move(TestTokens token, String caseId, String to, String at) {
        as(token).body("{\"to\":\"%s\",\"reason\":\"test\",\"at\":\"%s\"}".formatted(to, at))
                .post(CASES + "/" + caseId + "/transitions").then().statusCode(200);
    }

    static long count(DataSource dataSource, String sql, Object... parameters) {
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
