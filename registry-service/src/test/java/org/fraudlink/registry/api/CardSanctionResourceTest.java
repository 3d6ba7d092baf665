package org.fraudlink.registry.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.fraudlink.platform.testing.TestTokens;
import org.fraudlink.registry.DatabaseProbe;
import org.fraudlink.registry.RegistryApi;

/** {@code /api/v1/registry/card-sanctions}: issuing, checking, lifting, appeals, and ID numbers never in clear. */
@QuarkusTest
class CardSanctionResourceTest {

    private static final String PATH = "/api/v1/registry/card-sanctions";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static int sequence = 100;

    private static String province;
    private static String hangzhou;
    private static String ningbo;
    private static String county;

    @Inject
    DatabaseProbe db;

    @BeforeEach
    void units() {
        if (province == null) {
            province = RegistryApi.createOrg(RegistryApi.uniqueCode("ZJ-PSD"), "POLICE", "330000", null);
            hangzhou = RegistryApi.createOrg(RegistryApi.uniqueCode("HZ-PSB"), "POLICE", "330100", province);
            ningbo = RegistryApi.createOrg(RegistryApi.uniqueCode("NB-PSB"), "POLICE", "330200", province);
            county = RegistryApi.createOrg(RegistryApi.uniqueCode("SC-PSB"), "POLICE", "330102", hangzhou);
        }
    }

    /** A valid ID number, different for every call. */
    static synchronized String idNumber() {
        String body = "33010219850614" + String.format("%03d", sequence++ % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static String police(String org, String region) {
        return TestTokens.police(org, region).bearer();
    }

    private String sanction(String idNumber) {
        return given().header("Authorization", police(hangzhou, "330100")).contentType(ContentType.JSON)
                .body(Map.of("idNumber", idNumber, "name", "张三丰", "reason", "sold six bank cards",
                        "startDate", LocalDate.now(ZoneOffset.UTC).toString()))
                .post(PATH).then().statusCode(201).extract().path("id");
    }

    @Test
    void aCityUnitSanctionsForFiveYearsAndPartnersSeeOnlyYesAndUntil() {
        String id = idNumber();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String sanctionId = given().header("Authorization", police(hangzhou, "330100")).contentType(ContentType.JSON)
                .body(Map.of("idNumber", id, "name", "张三丰", "reason", "sold six bank cards",
                        "startDate", today.toString()))
                .post(PATH).then().statusCode(201)
                .body("maskedName", equalTo("张**")).body("issuingOrg", equalTo(hangzhou))
                .body("endDate", equalTo(today.plusYears(5).toString())).body("status", equalTo("ACTIVE"))
                .body("$", not(org.hamcrest.Matchers.hasKey("idNumber")))
                .extract().path("id");
        given().header("Authorization", TestTokens.partner("BANK-A", "BANK", "330000").subject("bank-a-client")
                        .bearer()).contentType(ContentType.JSON).body(Map.of("idNumber", id))
                .post(PATH + "/check").then().statusCode(200)
                .body("sanctioned", equalTo(true)).body("until", equalTo(today.plusYears(5).toString()));
        given().header("Authorization", police(ningbo, "330200")).contentType(ContentType.JSON)
                .body(Map.of("idNumber", idNumber())).post(PATH + "/check").then().statusCode(200)
                .body("sanctioned", equalTo(false)).body("until", nullValue());
        assertEquals(1, db.count("SELECT count(*) FROM platform.audit_record WHERE action = 'sanction.check'"
                + " AND actor = 'bank-a-client' AND org = 'BANK-A' AND detail = 'answered: sanctioned'"));
        assertEquals(1, db.count("SELECT count(*) FROM platform.audit_record WHERE action = 'sanction.create'"
                + " AND resource_id = ?", sanctionId));
    }

    @Test
    void thePlainIdNumberIsNowhereInTheDatabase() {
        String id = idNumber();
        sanction(id);
        given().header("Authorization", TestTokens.partner("BANK-A", "BANK", "330000").bearer())
                .contentType(ContentType.JSON).body(Map.of("idNumber", id)).post(PATH + "/check").then()
                .statusCode(200).body("sanctioned", equalTo(true));
        given().header("Authorization", police(hangzhou, "330100")).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(Map.of("idNumber", id, "name", "李四", "reason", "sold phone cards",
                        "startDate", LocalDate.now(ZoneOffset.UTC).toString()))
                .post(PATH).then().statusCode(201);
        for (String table : new String[] {"card_sanction", "sanction_appeal", "platform.audit_record",
                "platform.idempotency_key", "platform.outbox_event"}) {
            assertEquals(0, db.count("SELECT count(*) FROM " + table + " t WHERE t::text LIKE ?", "%" + id + "%"),
                    table);
        }
        assertEquals(0, db.count("SELECT count(*) FROM card_sanction WHERE masked_name LIKE '%三丰%'"));
        assertEquals(2, db.count("SELECT count(*) FROM card_sanction WHERE length(id_number_hash) = 64"
                + " AND issuing_org = ? AND reason LIKE 'sold%' AND id_number_hash = ("
                + "SELECT id_number_hash FROM card_sanction WHERE masked_name = '李*')", hangzhou));
    }

    @Test
    void thePlainIdNumberIsNeverLogged() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getLoggerName() + " " + record.getMessage() + " "
                        + java.util.Arrays.toString(record.getParameters()) + " " + record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            String id = idNumber();
            sanction(id);
            given().header("Authorization", TestTokens.partner("BANK-A", "BANK", "330000").bearer())
                    .contentType(ContentType.JSON).body(Map.of("idNumber", id)).post(PATH + "/check").then()
                    .statusCode(200);
            given().header("Authorization", TestTokens.partner("BANK-A", "BANK", "330000").bearer())
                    .contentType(ContentType.JSON).body("{\"idNumber\":" + id.substring(0, 17) + "}")
                    .post(PATH + "/check").then().statusCode(400);
            given().header("Authorization", TestTokens.partner("BANK-A", "BANK", "330000").bearer())
                    .contentType(ContentType.JSON).body("{\"idNumber\":\"" + id + "\",}")
                    .post(PATH + "/check").then().statusCode(400);
            assertEquals(List.of(), lines.stream().filter(line -> line.contains(id)
                    || line.contains(id.substring(0, 17))).toList());
        } finally {
            root.removeHandler(capture);
        }
    }

    @Test
    void aBadIdNumberIsRefusedAndNothingIsWritten() {
        String valid = idNumber();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        String badChecksum = valid.substring(0, 17) + wrong;
        long before = db.count("SELECT count(*) FROM card_sanction");
        for (String bad : new String[] {badChecksum, "12345", "33010219851314001X"}) {
            given().header("Authorization", police(hangzhou, "330100")).contentType(ContentType.JSON)
                    .body(Map.of("idNumber", bad, "name", "王五", "reason", "x", "startDate", "2026-01-01"))
                    .post(PATH).then().statusCode(400).body("errors[0].field", equalTo("idNumber"))
                    .body("detail", not(org.hamcrest.Matchers.containsString(bad)));
            given().header("Authorization", TestTokens.partner("BANK-A", "BANK", "330000").bearer())
                    .contentType(ContentType.JSON).body(Map.of("idNumber", bad)).post(PATH + "/check")
                    .then().statusCode(400).body("errors[0].field", equalTo("idNumber"));
        }
        given().header("Authorization", police(hangzhou, "330100")).contentType(ContentType.JSON)
                .body(Map.of("idNumber", valid, "name", "王五", "reason", "x", "startDate", "2026-01-01",
                        "endDate", "2025-01-01"))
                .post(PATH).then().statusCode(400).body("errors[0].field", equalTo("endDate"));
        given().header("Authorization", police(hangzhou, "330100")).contentType(ContentType.JSON)
                .body(Map.of("idNumber", valid, "name", "王五", "reason", "x", "startDate", "not-a-date"))
                .post(PATH).then().statusCode(400).body("errors[0].field", equalTo("startDate"));
        given().header("Authorization", police(hangzhou, "330100")).contentType(ContentType.JSON)
                .body(Map.of("idNumber", valid, "name", "王五", "reason", "x", "startDate", "2026-01-01",
                        "photo", "x"))
                .post(PATH).then().statusCode(400).body("errors[0].field", equalTo("photo"));
        assertEquals(before, db.count("SELECT count(*) FROM card_sanction"));
    }

    @Test
    void onlyPoliceOfCityLevelOrAboveIssue() {
        Map<String, Object> body = Map.of("idNumber", idNumber(), "name", "王五", "reason", "x",
                "startDate", "2026-01-01");
        given().header("Authorization", police(county, "330102")).contentType(ContentType.JSON).body(body)
                .post(PATH).then().statusCode(403);
        given().header("Authorization", police("NOT-REGISTERED", "330100")).contentType(ContentType.JSON)
                .body(body).post(PATH).then().statusCode(403);
        for (TestTokens other : new TestTokens[] {TestTokens.partner("BANK-A", "BANK", "330000"),
                TestTokens.registryAdmin(), TestTokens.auditor(), TestTokens.service()}) {
            given().header("Authorization", other.bearer()).contentType(ContentType.JSON).body(body)
                    .post(PATH).then().statusCode(403);
            given().header("Authorization", other.bearer()).get(PATH).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(401);
        given().header("Authorization", TestTokens.taskForce(province, "330000").bearer())
                .contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(201);
    }

    @Test
    void checkIsForPartnersAndPoliceOnly() {
        Map<String, Object> body = Map.of("idNumber", idNumber());
        for (TestTokens other : new TestTokens[] {TestTokens.registryAdmin(), TestTokens.auditor(),
                TestTokens.service()}) {
            given().header("Authorization", other.bearer()).contentType(ContentType.JSON).body(body)
                    .post(PATH + "/check").then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(body).post(PATH + "/check").then().statusCode(401);
        given().header("Authorization", TestTokens.taskForce(province, "330000").bearer())
                .contentType(ContentType.JSON).body(body).post(PATH + "/check").then().statusCode(200);
    }

    @Test
    void anotherCitysSanctionIsNotFound() {
        String sanctionId = sanction(idNumber());
        given().header("Authorization", police(ningbo, "330200")).get(PATH + "/" + sanctionId).then()
                .statusCode(404);
        given().header("Authorization", police(ningbo, "330200")).contentType(ContentType.JSON)
                .body(Map.of("reason", "x")).post(PATH + "/" + sanctionId + "/lift").then().statusCode(404);
        given().header("Authorization", police(ningbo, "330200")).get(PATH).then().statusCode(200)
                .body("items.id", not(hasItem(sanctionId)));
        given().header("Authorization", TestTokens.taskForce(province, "330000").bearer())
                .get(PATH + "/" + sanctionId).then().statusCode(200);
        given().header("Authorization", police(hangzhou, "330100")).queryParam("status", "ACTIVE").get(PATH)
                .then().statusCode(200).body("items.id", hasItem(sanctionId));
    }

    @Test
    void liftingEndsTheRestrictionOnce() {
        String id = idNumber();
        String sanctionId = sanction(id);
        given().header("Authorization", police(hangzhou, "330100")).contentType(ContentType.JSON)
                .body(Map.of("reason", "entered by mistake")).post(PATH + "/" + sanctionId + "/lift")
                .then().statusCode(200).body("status", equalTo("LIFTED"))
                .body("liftReason", equalTo("entered by mistake"));
        given().header("Authorization", police(hangzhou, "330100")).contentType(ContentType.JSON)
                .body(Map.of("reason", "again")).post(PATH + "/" + sanctionId + "/lift")
                .then().statusCode(409).body("type", equalTo("https://fraudlink.org/problems/illegal-transition"));
        given().header("Authorization", TestTokens.partner("BANK-A", "BANK", "330000").bearer())
                .contentType(ContentType.JSON).body(Map.of("idNumber", id)).post(PATH + "/check").then()
                .body("sanctioned", equalTo(false));
        assertEquals(1, db.count("SELECT count(*) FROM platform.audit_record WHERE action = 'sanction.lift'"
                + " AND resource_id = ?", sanctionId));
    }

    @Test
    void theIssuingUnitRecordsAndDecidesAppeals() {
        String id = idNumber();
        String sanctionId = sanction(id);
        String appeals = PATH + "/" + sanctionId + "/appeals";
        given().header("Authorization", TestTokens.taskForce(province, "330000").bearer())
                .contentType(ContentType.JSON).body(Map.of("grounds", "x")).post(appeals).then().statusCode(403);
        given().header("Authorization", police(ningbo, "330200")).contentType(ContentType.JSON)
                .body(Map.of("grounds", "x")).post(appeals).then().statusCode(404);
        String appealId = given().header("Authorization", police(hangzhou, "330100")).contentType(ContentType.JSON)
                .body(Map.of("grounds", "the cards were stolen from him")).post(appeals).then().statusCode(201)
                .body("status", equalTo("PENDING")).extract().path("id");
        given().header("Authorization", police(hangzhou, "330100")).contentType(ContentType.JSON)
                .body(Map.of("grounds", "again")).post(appeals).then().statusCode(409);
        given().header("Authorization", police(hangzhou, "330100")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "MAYBE")).post(appeals + "/" + appealId + "/decision").then()
                .statusCode(400).body("errors[0].field", equalTo("outcome"));
        given().header("Authorization", police(hangzhou, "330100")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "GRANTED", "note", "theft report confirmed"))
                .post(appeals + "/" + appealId + "/decision").then().statusCode(200)
                .body("status", equalTo("LIFTED")).body("appeals[0].status", equalTo("GRANTED"));
        given().header("Authorization", police(hangzhou, "330100")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "DENIED")).post(appeals + "/" + appealId + "/decision").then()
                .statusCode(409);
        given().header("Authorization", TestTokens.partner("BANK-A", "BANK", "330000").bearer())
                .contentType(ContentType.JSON).body(Map.of("idNumber", id)).post(PATH + "/check").then()
                .body("sanctioned", equalTo(false));
    }
}
