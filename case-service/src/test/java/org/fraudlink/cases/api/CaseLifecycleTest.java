package org.fraudlink.cases.api;

import static org.fraudlink.cases.api.Api.CASES;
import static org.fraudlink.cases.api.Api.as;
import static org.fraudlink.cases.api.Api.hohhot;
import static org.fraudlink.cases.api.Api.move;
import static org.fraudlink.cases.api.Api.open;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.platform.testing.TestTokens;

/** Opening cases, their numbers, the state machine (every edge), step times and the version guard. */
@QuarkusTest
class CaseLifecycleTest {

    private static final String REGION = "150102";
    private static final List<String> TARGETS = List.of("REPORTED", "FILED", "SOLVED", "CLOSED", "REJECTED");
    private static final Map<String, List<String>> LEGAL = Map.of(
            "REPORTED", List.of("FILED", "REJECTED"),
            "FILED", List.of("SOLVED"),
            "SOLVED", List.of("CLOSED"),
            "CLOSED", List.of(),
            "REJECTED", List.of());
    private static final Map<String, List<String>> PATH_TO = Map.of(
            "REPORTED", List.of(),
            "FILED", List.of("FILED"),
            "SOLVED", List.of("FILED", "SOLVED"),
            "CLOSED", List.of("FILED", "SOLVED", "CLOSED"),
            "REJECTED", List.of("REJECTED"));

    @Inject
    AgroalDataSource dataSource;

    @Test
    void openedCaseIsReportedOwnedByTheCallersUnitAndNumberedFromItsRegion() {
        String body = """
                {"type":"PIG_BUTCHERING","title":"Romance investment scam","summary":"met online",
                 "region":"150102","occurredAt":"2026-02-01T10:00:00Z","reportedAt":"2026-02-03T09:00:00Z",
                 "lossAmount":680000.50,"victimCount":2,"tags":["EPIDEMIC","EPIDEMIC","断卡"]}""";
        String id = as(hohhot()).body(body).post(CASES).then().statusCode(201)
                .header("Location", containsString("/api/v1/cases/"))
                .body("status", equalTo("REPORTED"))
                .body("owningOrg", equalTo("HOHHOT-PSB"))
                .body("number", matchesPattern("150100-2026-\\d{6}"))
                .body("securedAmount", equalTo(0.0f))
                .body("lossAmount", equalTo(680000.50f))
                .body("tags", equalTo(List.of("EPIDEMIC", "断卡")))
                .body("victimCount", equalTo(2))
                .body("warningId", nullValue())
                .extract().path("id");
        as(hohhot()).get(CASES + "/" + id).then().statusCode(200)
                .body("title", equalTo("Romance investment scam"))
                .body("reportedAt", equalTo("2026-02-03T09:00:00Z"));
    }

    @Test
    void numbersRunPerUnitRegionAndYear() {
        String first = number(Api.openWith(hohhot(), Api.caseJson(REGION, "LOAN", "1", "2025-06-01T00:00:00Z")));
        String second = number(Api.openWith(hohhot(), Api.caseJson(REGION, "LOAN", "1", "2025-07-01T00:00:00Z")));
        String district = number(Api.openWith(TestTokens.police("XINCHENG-PSB", "150102"),
                Api.caseJson(REGION, "LOAN", "1", "2025-07-01T00:00:00Z")));
        assertEquals(sequence(first) + 1, sequence(second));
        assertEquals(true, first.startsWith("150100-2025-"));
        assertEquals("150102-2025-000001", district);
    }

    @Test
    void concurrentCasesGetDistinctNumbers() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ids.add(pool.submit(() -> open(TestTokens.police("WUCHUAN-PSB", "150125"), "150125")));
            }
            java.util.Set<String> numbers = new java.util.HashSet<>();
            for (var id : ids) {
                numbers.add(number(id.get(), TestTokens.police("WUCHUAN-PSB", "150125")));
            }
            assertEquals(40, numbers.size());
            assertEquals(true, numbers.contains("150125-2026-000001") && numbers.contains("150125-2026-000040"),
                    "numbers run from 1 without gaps when nothing failed");
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The first case of a (unit region, year) in a process creates its number sequence, and may not need a second
     * connection for it: a request with an Idempotency-Key already holds one (its claim), and after a restart a burst
     * of first cases as large as the pool would hold every connection while each waited for another — all failed
     * after the acquisition timeout.
     */
    @Test
    void theFirstCaseOfAYearNeedsOnlyTheConnectionItHolds() throws Exception {
        int poolSize = dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
        List<java.sql.Connection> held = new java.util.ArrayList<>();
        try {
            for (int i = 1; i < poolSize; i++) {
                held.add(dataSource.getConnection());
            }
            as(TestTokens.police("GUYANG-PSB", "150222")).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Api.caseJson("150222", "LOAN", "1", "2019-05-01T00:00:00Z")).post(CASES)
                    .then().statusCode(201).body("number", matchesPattern("150222-2019-\\d{6}"));
        } finally {
            for (var connection : held) {
                connection.close();
            }
        }
    }

    @Test
    void everyLegalEdgeMovesTheCaseAndStampsItsTime() {
        for (var entry : LEGAL.entrySet()) {
            for (String target : entry.getValue()) {
                String id = caseIn(entry.getKey());
                String at = "2026-03-20T10:00:00Z";
                as(hohhot()).body("{\"to\":\"%s\",\"reason\":\"evidence\",\"at\":\"%s\"}".formatted(target, at))
                        .post(CASES + "/" + id + "/transitions").then().statusCode(200)
                        .body("status", equalTo(target))
                        .body(target.toLowerCase() + "At", equalTo(at));
            }
        }
    }

    @Test
    void everyIllegalEdgeIsRefusedWith409AndChangesNothing() {
        for (String from : TARGETS) {
            for (String target : TARGETS) {
                if (LEGAL.get(from).contains(target)) {
                    continue;
                }
                String id = caseIn(from);
                long steps = steps(id);
                as(hohhot()).body("{\"to\":\"%s\",\"reason\":\"try\"}".formatted(target))
                        .post(CASES + "/" + id + "/transitions").then().statusCode(409)
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://fraudlink.org/problems/illegal-transition"));
                as(hohhot()).get(CASES + "/" + id).then().body("status", equalTo(from));
                assertEquals(steps, steps(id), from + " -> " + target + " wrote nothing");
            }
        }
    }

    @Test
    void stepTimeDefaultsToNowAndMayNeitherLieAheadNorPrecedeThePreviousStep() {
        String id = open(hohhot(), REGION);
        as(hohhot()).body("{\"to\":\"FILED\",\"reason\":\"r\",\"at\":\"%s\"}"
                .formatted(Instant.now().plus(1, ChronoUnit.HOURS)))
                .post(CASES + "/" + id + "/transitions").then().statusCode(400)
                .body("errors[0].field", equalTo("at"));
        as(hohhot()).body("{\"to\":\"FILED\",\"reason\":\"r\",\"at\":\"2026-01-09T00:00:00Z\"}")
                .post(CASES + "/" + id + "/transitions").then().statusCode(400)
                .body("errors[0].field", equalTo("at"));
        assertEquals(0, steps(id));
        Instant before = Instant.now().minusSeconds(1);
        String filedAt = as(hohhot()).body("{\"to\":\"FILED\",\"reason\":\"r\"}")
                .post(CASES + "/" + id + "/transitions").then().statusCode(200).extract().path("filedAt");
        assertEquals(true, Instant.parse(filedAt).isAfter(before));
        as(hohhot()).get(CASES + "/" + id + "/transitions").then().statusCode(200)
                .body("[0].from", equalTo("REPORTED")).body("[0].to", equalTo("FILED"))
                .body("[0].reason", equalTo("r"));
    }

    @Test
    void aStaleVersionIsRefusedWith409() {
        String id = open(hohhot(), REGION);
        as(hohhot()).body("{\"version\":0,\"lossAmount\":2500.10,\"title\":\"Loan app\"}")
                .patch(CASES + "/" + id).then().statusCode(200)
                .body("version", equalTo(1)).body("lossAmount", equalTo(2500.10f))
                .body("title", equalTo("Loan app"));
        as(hohhot()).body("{\"version\":0,\"lossAmount\":1}").patch(CASES + "/" + id).then().statusCode(409)
                .body("type", equalTo("https://fraudlink.org/problems/version-conflict"));
        as(hohhot()).body("{\"to\":\"FILED\",\"reason\":\"r\",\"version\":0}")
                .post(CASES + "/" + id + "/transitions").then().statusCode(409)
                .body("type", equalTo("https://fraudlink.org/problems/version-conflict"));
        as(hohhot()).get(CASES + "/" + id).then().body("lossAmount", equalTo(2500.10f))
                .body("status", equalTo("REPORTED"));
    }

    @Test
    void ofConcurrentChangesWithTheSameVersionExactlyOneWins() throws Exception {
        String id = open(hohhot(), REGION);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int victims = i + 2;
                answers.add(pool.submit(() -> as(hohhot()).body("{\"version\":0,\"victimCount\":" + victims + "}")
                        .patch(CASES + "/" + id).then().extract().statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
        as(hohhot()).get(CASES + "/" + id).then().body("version", equalTo(1));
    }

    @Test
    void aReplayedIdempotencyKeyOpensOneCase() {
        String key = UUID.randomUUID().toString();
        String json = Api.caseJson(REGION, "LOAN", "5", "2026-01-11T08:00:00Z");
        TestTokens officer = hohhot().subject("officer-" + key);
        String first = as(officer).header("Idempotency-Key", key).body(json).post(CASES).then().statusCode(201)
                .extract().path("id");
        as(officer).header("Idempotency-Key", key).body(json).post(CASES).then().statusCode(201)
                .header("Idempotency-Replayed", "true").body("id", equalTo(first));
        assertEquals(1, Api.count(dataSource, "SELECT count(*) FROM fraud_case WHERE id = ?", UUID.fromString(first)));
    }

    @Test
    void aRetriedTransitionWithItsKeyIsAnsweredAgainNotRefused() {
        String id = open(hohhot(), REGION);
        TestTokens officer = hohhot().subject("officer-" + id);
        String body = "{\"to\":\"FILED\",\"reason\":\"evidence\",\"at\":\"2026-01-11T00:00:00Z\"}";
        as(officer).header("Idempotency-Key", "file-" + id).body(body).post(CASES + "/" + id + "/transitions")
                .then().statusCode(200).body("status", equalTo("FILED"));
        as(officer).header("Idempotency-Key", "file-" + id).body(body).post(CASES + "/" + id + "/transitions")
                .then().statusCode(200).header("Idempotency-Replayed", "true").body("status", equalTo("FILED"));
        assertEquals(1, steps(id));
    }

    @Test
    void everyWriteIsAudited() {
        String id = open(hohhot(), REGION);
        move(hohhot(), id, "FILED", "2026-01-12T00:00:00Z");
        as(hohhot()).body("{\"version\":1,\"victimCount\":3}").patch(CASES + "/" + id).then().statusCode(200);
        as(hohhot()).body("{\"kind\":\"PHONE\",\"value\":\"13800000001\"}")
                .post(CASES + "/" + id + "/identifiers").then().statusCode(201);
        for (String action : List.of("case.open", "case.transition", "case.change", "case.identifier.add")) {
            assertEquals(1, Api.count(dataSource, "SELECT count(*) FROM platform.audit_record"
                    + " WHERE resource_id = ? AND action = ? AND org = 'HOHHOT-PSB'", id, action), action);
        }
    }

    private String caseIn(String status) {
        String id = open(hohhot(), REGION);
        String[] times = {"2026-02-01T00:00:00Z", "2026-02-02T00:00:00Z", "2026-02-03T00:00:00Z"};
        List<String> path = PATH_TO.get(status);
        for (int i = 0; i < path.size(); i++) {
            move(hohhot(), id, path.get(i), times[i]);
        }
        return id;
    }

    private long steps(String id) {
        return Api.count(dataSource, "SELECT count(*) FROM case_transition WHERE case_id = ?", UUID.fromString(id));
    }

    private static String number(String id) {
        return number(id, hohhot());
    }

    private static String number(String id, TestTokens officer) {
        return as(officer).get(CASES + "/" + id).then().extract().path("number");
    }

    private static int sequence(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }
}
