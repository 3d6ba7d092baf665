package org.fraudlink.cases.api;

import static io.restassured.RestAssured.given;
import static org.fraudlink.cases.api.Api.CASES;
import static org.fraudlink.cases.api.Api.as;
import static org.fraudlink.cases.api.Api.move;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.fraudlink.cases.domain.CaseType;
import org.fraudlink.platform.testing.TestTokens;

/**
 * Statistics on a generated dataset whose true figures the test computes itself: every figure counted by the time
 * of its own step, the period's first instant in and its last instant out, scoped to a region.
 */
@QuarkusTest
class CaseStatisticsTest {

    private static final Instant FROM = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant START = Instant.parse("2026-01-10T00:00:00Z");
    private static final List<String> TAGS = List.of("EPIDEMIC", "CARD_BREAKING", "SUMMER_SWEEP");
    private static final List<String> REGIONS = List.of("150302", "150303", "150402");
    private static final BigDecimal[] EDGE_LOSSES = {new BigDecimal("499999.99"), new BigDecimal("500000.00"),
        new BigDecimal("999999.99"), new BigDecimal("1000000.00"), new BigDecimal("0.00")};

    /** What the test made for one case: the truth the statistics must find. */
    record Made(String region, CaseType type, List<String> tags, BigDecimal loss, Instant reported, Instant solved,
            boolean rejected, List<Instant> arrests, List<Instant> gangs, List<Instant> dens,
            Map<Instant, BigDecimal> secured) {
    }

    /** Loaded once for the class (rest-assured knows the port only from the first test on). */
    private static final List<Made> DATASET = new ArrayList<>();

    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void generateOnce() {
        if (DATASET.isEmpty()) {
            generate();
        }
    }

    private static void generate() {
        Random random = new Random(20260201);
        List<Instant> edges = List.of(FROM, TO, TO.minusSeconds(1), FROM.minusSeconds(1));
        for (int i = 0; i < 48; i++) {
            String region = REGIONS.get(i % REGIONS.size());
            CaseType type = CaseType.values()[random.nextInt(CaseType.values().length)];
            List<String> tags = TAGS.stream().filter(t -> random.nextInt(3) == 0).toList();
            BigDecimal loss = i < EDGE_LOSSES.length * 2 ? EDGE_LOSSES[i % EDGE_LOSSES.length]
                    : BigDecimal.valueOf(random.nextInt(200_000_000), 2);
            Instant reported = START.plusSeconds(random.nextInt(60 * 86400));
            boolean rejected = i % 11 == 5;
            Instant solved = null;
            if (!rejected && i % 7 != 3) {
                solved = i < edges.size() * 2 && edges.get(i % edges.size()).isAfter(reported)
                        ? edges.get(i % edges.size()) : reported.plusSeconds(3600 + random.nextInt(40 * 86400));
            }
            List<Instant> arrests = times(random, reported, i < 8 ? edges.get(i % edges.size()) : null);
            List<Instant> gangs = times(random, reported, i >= 8 && i < 16 ? edges.get(i % edges.size()) : null);
            List<Instant> dens = times(random, reported, i >= 16 && i < 24 ? edges.get(i % edges.size()) : null);
            Map<Instant, BigDecimal> secured = new LinkedHashMap<>();
            for (Instant at : times(random, reported, i >= 24 && i < 32 ? edges.get(i % edges.size()) : null)) {
                secured.put(at, BigDecimal.valueOf(random.nextInt(10_000_000), 2));
            }
            Made made = new Made(region, type, tags, loss, reported, solved, rejected, arrests, gangs, dens, secured);
            DATASET.add(made);
            load(made, random);
        }
    }

    @Test
    void aCityTaskForceGetsTheExactFiguresOfItsCity() {
        assertFigures(TestTokens.taskForce("WUHAI-TF", "150300"), null, "15030");
    }

    @Test
    void theProvincialTaskForceGetsTheSameFiguresForTheCityAndTheDistrictsOwn() {
        assertFigures(TestTokens.taskForce("NMG-PSD", "150000"), "150300", "15030");
        assertFigures(TestTokens.taskForce("NMG-PSD", "150000"), "150302", "150302");
        assertFigures(TestTokens.taskForce("CHIFENG-TF", "150400"), "150402", "150402");
    }

    @Test
    void aRegionOutsideTheJurisdictionIsForbidden() {
        as(TestTokens.taskForce("WUHAI-TF", "150300")).queryParam("region", "150402").get("/api/v1/stats/cases")
                .then().statusCode(403);
    }

    @Test
    void theKeysAreExactlyThoseOfTheContract() {
        JsonNode figures = stats(TestTokens.taskForce("WUHAI-TF", "150300"), null);
        List<String> keys = new ArrayList<>();
        figures.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("region", "from", "to", "casesSolved", "casesSolvedByType", "casesSolvedByTag",
                "casesSolvedOver500k", "casesSolvedOver1m", "suspectsArrested", "suspectsArrestedByType",
                "suspectsArrestedByTag", "gangsDismantled", "densDestroyed", "totalLoss", "amountSecured"), keys);
    }

    private void assertFigures(TestTokens token, String region, String prefix) {
        List<Made> scoped = DATASET.stream().filter(m -> m.region().startsWith(prefix)).toList();
        List<Made> solved = scoped.stream().filter(m -> in(m.solved())).toList();
        Map<String, Integer> solvedByType = zeroByType();
        Map<String, Integer> solvedByTag = new TreeMap<>();
        Map<String, Integer> arrestedByType = zeroByType();
        Map<String, Integer> arrestedByTag = new TreeMap<>();
        int arrested = 0;
        for (Made m : solved) {
            solvedByType.merge(m.type().name(), 1, Integer::sum);
            m.tags().forEach(t -> solvedByTag.merge(t, 1, Integer::sum));
        }
        for (Made m : scoped) {
            int n = (int) m.arrests().stream().filter(this::in).count();
            arrested += n;
            arrestedByType.merge(m.type().name(), n, Integer::sum);
            if (n > 0) {
                m.tags().forEach(t -> arrestedByTag.merge(t, n, Integer::sum));
            }
        }
        JsonNode figures = stats(token, region);
        assertEquals(region == null ? "150300" : region, figures.get("region").asText());
        assertEquals("2026-02-01", figures.get("from").asText());
        assertEquals("2026-04-01", figures.get("to").asText());
        assertEquals(solved.size(), figures.get("casesSolved").asInt());
        assertEquals(solvedByType, mapper.convertValue(figures.get("casesSolvedByType"), Map.class));
        assertEquals(solvedByTag, mapper.convertValue(figures.get("casesSolvedByTag"), Map.class));
        assertEquals(solved.stream().filter(m -> m.loss().compareTo(new BigDecimal("500000")) >= 0).count(),
                figures.get("casesSolvedOver500k").asLong());
        assertEquals(solved.stream().filter(m -> m.loss().compareTo(new BigDecimal("1000000")) >= 0).count(),
                figures.get("casesSolvedOver1m").asLong());
        assertEquals(arrested, figures.get("suspectsArrested").asInt());
        assertEquals(arrestedByType, mapper.convertValue(figures.get("suspectsArrestedByType"), Map.class));
        assertEquals(arrestedByTag, mapper.convertValue(figures.get("suspectsArrestedByTag"), Map.class));
        assertEquals(scoped.stream().flatMap(m -> m.gangs().stream()).filter(this::in).count(),
                figures.get("gangsDismantled").asLong());
        assertEquals(scoped.stream().flatMap(m -> m.dens().stream()).filter(this::in).count(),
                figures.get("densDestroyed").asLong());
        BigDecimal loss = scoped.stream().filter(m -> !m.rejected() && in(m.reported())).map(Made::loss)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, loss.compareTo(figures.get("totalLoss").decimalValue()), "totalLoss " + loss);
        BigDecimal secured = scoped.stream().flatMap(m -> m.secured().entrySet().stream())
                .filter(e -> in(e.getKey())).map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, secured.compareTo(figures.get("amountSecured").decimalValue()), "amountSecured " + secured);
    }

    private JsonNode stats(TestTokens token, String region) {
        var request = as(token).queryParam("from", "2026-02-01").queryParam("to", "2026-04-01");
        if (region != null) {
            request = request.queryParam("region", region);
        }
        String body = request.get("/api/v1/stats/cases").then().statusCode(200).extract().asString();
        try {
            return mapper.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean in(Instant at) {
        return at != null && !at.isBefore(FROM) && at.isBefore(TO);
    }

    private static Map<String, Integer> zeroByType() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CaseType type : CaseType.values()) {
            counts.put(type.name(), 0);
        }
        return counts;
    }

    /** Zero to two random times after {@code after}, and the edge time if one is given (and it is after). */
    private static List<Instant> times(Random random, Instant after, Instant edge) {
        List<Instant> times = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            times.add(after.plusSeconds(random.nextInt(80 * 86400)));
        }
        if (edge != null && edge.isAfter(after)) {
            times.add(edge);
        }
        times.removeIf(t -> t.isAfter(Instant.now()));
        return times;
    }

    private static void load(Made made, Random random) {
        TestTokens officer = made.region().startsWith("1503") ? TestTokens.police("WUHAI-PSB", "150300")
                : TestTokens.police("CHIFENG-PSB", "150400");
        String tags = made.tags().isEmpty() ? "" : ",\"tags\":[\"" + String.join("\",\"", made.tags()) + "\"]";
        String id = Api.openWith(officer, """
                {"type":"%s","title":"Generated","region":"%s","reportedAt":"%s","lossAmount":%s%s}"""
                .formatted(made.type(), made.region(), made.reported(), made.loss().toPlainString(), tags));
        if (made.rejected()) {
            move(officer, id, "REJECTED", made.reported().plus(Duration.ofHours(1)).toString());
        } else {
            move(officer, id, "FILED", made.reported().toString());
            if (made.solved() != null) {
                move(officer, id, "SOLVED", made.solved().toString());
            }
        }
        for (Instant at : made.arrests()) {
            as(officer).body("{\"name\":\"S\",\"status\":\"%s\",\"arrestedAt\":\"%s\"}"
                    .formatted(random.nextBoolean() ? "ARRESTED" : "RELEASED", at))
                    .post(CASES + "/" + id + "/suspects").then().statusCode(201);
        }
        as(officer).body("{\"name\":\"Still at large\",\"status\":\"WANTED\"}").post(CASES + "/" + id + "/suspects")
                .then().statusCode(201);
        for (Instant at : made.gangs()) {
            as(officer).body("{\"name\":\"G\",\"members\":5,\"dismantledAt\":\"%s\"}".formatted(at))
                    .post(CASES + "/" + id + "/gangs").then().statusCode(201);
        }
        for (Instant at : made.dens()) {
            as(officer).body("{\"location\":\"L\",\"region\":\"%s\",\"destroyedAt\":\"%s\"}"
                    .formatted(made.region(), at)).post(CASES + "/" + id + "/dens").then().statusCode(201);
        }
        String number = as(officer).get(CASES + "/" + id).then().extract().path("number");
        for (Map.Entry<Instant, BigDecimal> secured : made.secured().entrySet()) {
            given().header("Authorization", TestTokens.service().bearer()).contentType(ContentType.JSON)
                    .body("""
                            {"id":"%s","type":"InterventionResolved","aggregateType":"Intervention",
                             "aggregateId":"%s","occurredAt":"%s","source":"alert-service","payload":
                             {"interventionId":"%s","kind":"FREEZE","caseNumber":"%s","result":"EXECUTED",
                              "amountSecured":%s,"resolvedAt":"%s"}}"""
                            .formatted(UUID.randomUUID(), UUID.randomUUID(), secured.getKey(), UUID.randomUUID(),
                                    number, secured.getValue().toPlainString(), secured.getKey()))
                    .post("/internal/events").then().statusCode(200);
        }
    }
}
