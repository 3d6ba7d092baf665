package org.fraudlink.platform;

import static io.restassured.RestAssured.given;
import static org.fraudlink.platform.fixture.Fixtures.asOfficer;
import static org.fraudlink.platform.fixture.Fixtures.uniqueName;
import static org.fraudlink.platform.fixture.Fixtures.widgetJson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.fraudlink.platform.testing.TestTokens;

/** Every kind of bad input answers its problem document, names the field, and writes nothing. */
@QuarkusTest
class ProblemsTest {

    @Inject
    EntityManager entities;

    @Test
    void malformedJsonIsAProblemAndWritesNothing() {
        refusedWithoutWriting("{\"name\": \"x\", ", 400, "malformed-json", null);
    }

    @Test
    void wrongTypeNamesTheField() {
        refusedWithoutWriting("{\"name\":\"" + uniqueName() + "\",\"kind\":\"ROUND\",\"price\":\"cheap\"}", 400,
                "wrong-type", "price");
    }

    @Test
    void aNumberWhereTextIsExpectedIsAWrongType() {
        refusedWithoutWriting("{\"name\":12,\"kind\":\"ROUND\",\"price\":1}", 400, "wrong-type", "name");
    }

    @Test
    void unknownFieldIsRefused() {
        refusedWithoutWriting("{\"name\":\"" + uniqueName() + "\",\"kind\":\"ROUND\",\"price\":1,\"prize\":2}",
                400, "unknown-field", "prize");
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        refusedWithoutWriting("{\"name\":\"" + uniqueName() + "\",\"kind\":\"OVAL\",\"price\":1}", 400,
                "unknown-value", "kind")
                .body("errors[0].message", containsString("ROUND, SQUARE"));
    }

    @Test
    void missingFieldsAreAllListed() {
        refusedWithoutWriting("{\"kind\":\"ROUND\"}", 400, "validation", "name")
                .body("errors.field", hasItem("price"));
    }

    @Test
    void nestedFieldsAreNamedByTheirPath() {
        refusedWithoutWriting("{\"name\":\"" + uniqueName()
                + "\",\"kind\":\"ROUND\",\"price\":1,\"parts\":[{\"label\":\"a\"},{\"label\":\"\"}]}",
                400, "validation", "parts[1].label");
    }

    @Test
    void threeFractionDigitsAreRefused() {
        refusedWithoutWriting("{\"name\":\"" + uniqueName() + "\",\"kind\":\"ROUND\",\"price\":1.005}", 400,
                "validation", "price");
    }

    @Test
    void negativeAmountIsRefused() {
        refusedWithoutWriting("{\"name\":\"" + uniqueName() + "\",\"kind\":\"ROUND\",\"price\":-1}", 400,
                "validation", "price");
    }

    @Test
    void emptyBodyIsRefused() {
        refusedWithoutWriting("", 400, "validation", "request");
    }

    @Test
    void duplicateKeysInJsonAreRefused() {
        refusedWithoutWriting("{\"name\":\"a\",\"name\":\"b\",\"kind\":\"ROUND\",\"price\":1}", 400,
                "malformed-json", null);
    }

    @Test
    void unsupportedMediaTypeIsAProblem() {
        long before = widgets();
        given().header("Authorization", org.fraudlink.platform.fixture.Fixtures.officer())
                .contentType(ContentType.XML).body("<widget/>")
                .post("/widgets")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/unsupported-media-type"));
        assertEquals(before, widgets());
    }

    @Test
    void oversizedBodyIsAProblem() {
        long before = widgets();
        String huge = "{\"name\":\"" + "x".repeat(70_000) + "\",\"kind\":\"ROUND\",\"price\":1}";
        asOfficer().body(huge).post("/widgets")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/too-large"));
        assertEquals(before, widgets());
    }

    @Test
    void unknownObjectIsNotFound() {
        asOfficer().get("/widgets/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/not-found"))
                .body("requestId", notNullValue());
    }

    @Test
    void oversizedPageIsRefusedNamingTheParameter() {
        asOfficer().queryParam("size", 501).get("/widgets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void duplicateIsAConflict() {
        String name = uniqueName();
        asOfficer().body(widgetJson(name)).post("/widgets").then().statusCode(201);
        long before = widgets();
        asOfficer().body(widgetJson(name)).post("/widgets")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/duplicate"));
        assertEquals(before, widgets());
    }

    @Test
    void staleVersionIsAConflict() {
        String name = uniqueName();
        String id = asOfficer().body(widgetJson(name)).post("/widgets").then().statusCode(201)
                .extract().path("id");
        String update = "{\"name\":\"" + name + "\",\"kind\":\"SQUARE\",\"price\":3,\"version\":0}";
        asOfficer().body(update).put("/widgets/" + id).then().statusCode(200).body("version", equalTo(1));
        asOfficer().body(update).put("/widgets/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/version-conflict"));
        asOfficer().get("/widgets/" + id).then().body("version", equalTo(1));
    }

    @Test
    void unexpectedErrorHidesItsDetailAndWritesNothing() {
        long before = widgets();
        asOfficer().header("X-Request-Id", "req-explode-1").body(widgetJson(uniqueName()))
                .post("/widgets/explode")
                .then().statusCode(500).contentType("application/problem+json")
                .header("X-Request-Id", "req-explode-1")
                .body("requestId", equalTo("req-explode-1"))
                .body(not(containsString("postgres://")))
                .body(not(containsString("IllegalStateException")));
        assertEquals(before, widgets());
    }

    @Test
    void missingTokenIsUnauthorised() {
        given().contentType(ContentType.JSON).body(widgetJson(uniqueName())).post("/widgets")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://fraudlink.org/problems/unauthorized"));
    }

    @Test
    void wrongRoleIsForbidden() {
        given().header("Authorization", TestTokens.partner("BANK-A", "BANK", "150000").bearer())
                .contentType(ContentType.JSON).body(widgetJson(uniqueName())).post("/widgets")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/forbidden"));
    }

    @Test
    void requestIdIsMadeWhenMissingAndEchoed() {
        asOfficer().get("/widgets").then().statusCode(200).header("X-Request-Id", notNullValue());
    }

    private ValidatableResponse refusedWithoutWriting(String body, int status, String type, String field) {
        long before = widgets();
        ValidatableResponse response = asOfficer().body(body).post("/widgets")
                .then().statusCode(status).contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/" + type))
                .body("status", equalTo(status))
                .body("requestId", notNullValue());
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertEquals(before, widgets(), "a refused request must not write");
        return response;
    }

    private long widgets() {
        return entities.createQuery("select count(w) from Widget w", Long.class).getSingleResult();
    }
}
