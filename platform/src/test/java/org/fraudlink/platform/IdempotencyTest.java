package org.fraudlink.platform;

import static io.restassured.RestAssured.given;
import static org.fraudlink.platform.fixture.Fixtures.asOfficer;
import static org.fraudlink.platform.fixture.Fixtures.uniqueName;
import static org.fraudlink.platform.fixture.Fixtures.widgetJson;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.fraudlink.platform.testing.TestTokens;

/** A creating POST with an Idempotency-Key happens once, however often it is sent. */
@QuarkusTest
class IdempotencyTest {

    @Inject
    EntityManager entities;

    @Test
    void replayAnswersTheFirstResponseAndCreatesNothingMore() {
        String key = UUID.randomUUID().toString();
        String name = uniqueName();
        String firstId = asOfficer().header("Idempotency-Key", key).body(widgetJson(name)).post("/widgets")
                .then().statusCode(201).extract().path("id");
        asOfficer().header("Idempotency-Key", key).body(widgetJson(name)).post("/widgets")
                .then().statusCode(201)
                .header("Idempotency-Replayed", "true")
                .header("Location", org.hamcrest.Matchers.endsWith("/widgets/" + firstId))
                .body("id", equalTo(firstId));
        assertEquals(1, widgetsNamed(name));
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        String name = uniqueName();
        asOfficer().header("Idempotency-Key", key).body(widgetJson(name)).post("/widgets").then().statusCode(201);
        String other = uniqueName();
        asOfficer().header("Idempotency-Key", key).body(widgetJson(other)).post("/widgets")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/idempotency-key-reused"));
        assertEquals(0, widgetsNamed(other));
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        asOfficer().header("Idempotency-Key", key).body(widgetJson(uniqueName())).post("/widgets")
                .then().statusCode(201);
        String name = uniqueName();
        given().header("Authorization", TestTokens.police("BAOTOU-PSB", "150200").subject("officer-2").bearer())
                .contentType(ContentType.JSON).header("Idempotency-Key", key).body(widgetJson(name))
                .post("/widgets").then().statusCode(201);
        assertEquals(1, widgetsNamed(name));
    }

    @Test
    void aRefusedRequestDoesNotUseUpItsKey() {
        String key = UUID.randomUUID().toString();
        String name = uniqueName();
        asOfficer().header("Idempotency-Key", key).body("{\"name\":\"" + name + "\",\"kind\":\"ROUND\",\"price\":-1}")
                .post("/widgets").then().statusCode(400);
        asOfficer().header("Idempotency-Key", key).body(widgetJson(name)).post("/widgets").then().statusCode(201);
        assertEquals(1, widgetsNamed(name));
    }

    @Test
    void concurrentRequestsWithOneKeyCreateOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = uniqueName();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> asOfficer().header("Idempotency-Key", key).body(widgetJson(name)).post("/widgets")
                        .then().statusCode(201).extract().path("id"));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> id : pool.invokeAll(calls)) {
                ids.add(id.get());
            }
            assertEquals(1, ids.stream().distinct().count(), "every answer names the same widget");
        } finally {
            pool.shutdown();
        }
        assertEquals(1, widgetsNamed(name));
    }

    @Test
    void insaneKeyIsRefused() {
        asOfficer().header("Idempotency-Key", "x".repeat(200)).body(widgetJson(uniqueName())).post("/widgets")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    private long widgetsNamed(String name) {
        return entities.createQuery("select count(w) from Widget w where w.name = :name", Long.class)
                .setParameter("name", name).getSingleResult();
    }
}
