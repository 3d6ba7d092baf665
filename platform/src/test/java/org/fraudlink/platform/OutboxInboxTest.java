package org.fraudlink.platform;

import static io.restassured.RestAssured.given;
import static org.fraudlink.platform.fixture.Fixtures.asOfficer;
import static org.fraudlink.platform.fixture.Fixtures.uniqueName;
import static org.fraudlink.platform.fixture.Fixtures.widgetJson;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.fraudlink.platform.events.OutboxRelay;
import org.fraudlink.platform.testing.TestTokens;

/** Events leave through the outbox exactly once and in order per aggregate; the inbox applies each once. */
@QuarkusTest
class OutboxInboxTest {

    @ConfigProperty(name = "fraudlink.test.subscriber-stub")
    String stub;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entities;

    @Test
    void everyEventReachesASubscriberThatWasDownExactlyOnceWithTwoRelays() throws Exception {
        given().post(stub + "/down").then().statusCode(200);
        List<String> ids = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            String name = uniqueName();
            String id = asOfficer().body(widgetJson(name)).post("/widgets").then().statusCode(201)
                    .extract().path("id");
            ids.add(id);
            names.put(id, name);
        }
        for (String id : ids.subList(0, 5)) { // a second event for some aggregates: order must hold
            asOfficer().body("{\"name\":\"" + names.get(id) + "\",\"kind\":\"SQUARE\",\"price\":2,\"version\":0}")
                    .put("/widgets/" + id).then().statusCode(200);
        }
        Thread.sleep(500); // the relays try while the subscriber is down
        assertTrue(refusedDeliveries() > 0, "deliveries were attempted while the subscriber was down");

        given().post(stub + "/up").then().statusCode(200);
        // a second relay (as another replica would) runs beside the scheduled one
        CompletableFuture<?> second = CompletableFuture.runAsync(() -> drain());
        CompletableFuture<?> third = CompletableFuture.runAsync(() -> drain());
        CompletableFuture.allOf(second, third).get();

        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> acknowledgedEventsFor(ids).size() == 25);
        Map<String, Long> acknowledged = acknowledgedEventsFor(ids).stream()
                .collect(Collectors.groupingBy(line -> line.split(" ")[0], Collectors.counting()));
        assertEquals(25, acknowledged.size(), "every event arrived");
        assertTrue(acknowledged.values().stream().allMatch(count -> count == 1), "none was acknowledged twice");
        for (String id : ids.subList(0, 5)) {
            List<String> perAggregate = acknowledgedEventsFor(List.of(id));
            assertEquals(2, perAggregate.size());
        }
    }

    @Test
    void eventsOfOneAggregateArriveInOrder() throws Exception {
        String name = uniqueName();
        String id = asOfficer().body(widgetJson(name)).post("/widgets").then().statusCode(201).extract().path("id");
        for (int version = 0; version < 4; version++) {
            asOfficer().body("{\"name\":\"" + name + "\",\"kind\":\"SQUARE\",\"price\":" + (version + 10)
                    + ",\"version\":" + version + "}").put("/widgets/" + id).then().statusCode(200);
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> acknowledgedEventsFor(List.of(id)).size() == 5);
        List<String> eventIds = acknowledgedEventsFor(List.of(id)).stream().map(line -> line.split(" ")[0]).toList();
        @SuppressWarnings("unchecked")
        List<String> published = entities.createNativeQuery(
                "SELECT CAST(id AS text) FROM platform.outbox_event WHERE aggregate_id = ?1 ORDER BY seq")
                .setParameter(1, id).getResultList();
        assertEquals(published, eventIds);
    }

    @Test
    void inboxAppliesADuplicateOnce() {
        String envelope = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"WidgetChanged\",\"aggregateType\":\"Widget\","
                + "\"aggregateId\":\"dup-" + UUID.randomUUID() + "\",\"occurredAt\":\"2026-01-01T00:00:00Z\","
                + "\"source\":\"test\",\"payload\":{}}";
        String aggregate = envelope.replaceAll(".*\"aggregateId\":\"([^\"]+)\".*", "$1");
        String service = TestTokens.service().bearer();
        given().header("Authorization", service).contentType(ContentType.JSON).body(envelope)
                .post("/internal/events").then().statusCode(200).body("applied", equalTo(true));
        given().header("Authorization", service).contentType(ContentType.JSON).body(envelope)
                .post("/internal/events").then().statusCode(200).body("applied", equalTo(false));
        long applied = (Long) entities.createNativeQuery(
                "SELECT count(*) FROM widget_event_log WHERE widget_id = ?1", Long.class)
                .setParameter(1, aggregate).getSingleResult();
        assertEquals(1, applied);
    }

    @Test
    void onlyServicesMayDeliverEvents() {
        String envelope = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"WidgetChanged\",\"aggregateType\":\"W\","
                + "\"aggregateId\":\"x\",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"payload\":{}}";
        given().header("Authorization", TestTokens.police("HOHHOT-PSB", "150100").bearer())
                .contentType(ContentType.JSON).body(envelope).post("/internal/events").then().statusCode(403);
        given().contentType(ContentType.JSON).body(envelope).post("/internal/events").then().statusCode(401);
    }

    @Test
    void backoffDoublesUpToItsCap() {
        assertEquals(Duration.ofMillis(50), relay.backoff(1));
        assertEquals(Duration.ofMillis(100), relay.backoff(2));
        assertEquals(Duration.ofMillis(200), relay.backoff(3));
        assertEquals(Duration.ofMillis(200), relay.backoff(30));
    }

    private void drain() {
        try {
            for (int round = 0; round < 20; round++) {
                relay.relayPending();
                Thread.sleep(50);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long refusedDeliveries() {
        return received().stream().filter(line -> line.endsWith(" 503")).count();
    }

    /** Lines "eventId type aggregateId 200" for deliveries the stub acknowledged, in arrival order. */
    private List<String> acknowledgedEventsFor(List<String> aggregates) {
        return received().stream()
                .filter(line -> line.endsWith(" 200"))
                .filter(line -> aggregates.contains(line.split(" ")[2]))
                .toList();
    }

    private List<String> received() {
        String body = given().get(stub + "/received").then().statusCode(200).extract().asString();
        return body.isBlank() ? List.of() : Arrays.asList(body.split("\n"));
    }
}
