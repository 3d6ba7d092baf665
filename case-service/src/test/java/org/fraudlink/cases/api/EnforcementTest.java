package org.fraudlink.cases.api;

import static org.fraudlink.cases.api.Api.CASES;
import static org.fraudlink.cases.api.Api.as;
import static org.fraudlink.cases.api.Api.hohhot;
import static org.fraudlink.cases.api.Api.open;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Suspects (ID numbers only as keyed hash and last four), their arrest, gangs dismantled and dens destroyed. */
@QuarkusTest
class EnforcementTest {

    private static final String ID_NUMBER = "15010219900101123X";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aSuspectsIdNumberIsStoredOnlyAsAKeyedHashAndItsLastFour() throws Exception {
        String id = open(hohhot(), "150124");
        String suspect = as(hohhot()).body("{\"name\":\"Zhang San\",\"idNumber\":\"150102 19900101 123x\","
                + "\"status\":\"ARRESTED\",\"arrestedAt\":\"2026-02-02T10:00:00Z\"}")
                .post(CASES + "/" + id + "/suspects").then().statusCode(201)
                .body("idNumberLast4", equalTo("123X"))
                .body("status", equalTo("ARRESTED"))
                .body("arrestedAt", equalTo("2026-02-02T10:00:00Z"))
                .body("$", not(hasKey("idNumber")))
                .extract().path("id");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("test-only-not-secret-case-hmac-key".getBytes(StandardCharsets.UTF_8),
                "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(ID_NUMBER.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, Api.count(dataSource, "SELECT count(*) FROM case_suspect WHERE id = ? AND id_number_hash = ?"
                + " AND id_number_last4 = '123X'", UUID.fromString(suspect), expected));
        assertEquals(0, Api.count(dataSource, "SELECT count(*) FROM case_suspect s"
                + " WHERE row_to_json(s)::text LIKE '%19900101%'"));
        as(hohhot()).get(CASES + "/" + id + "/suspects").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].idNumberLast4", equalTo("123X"));
    }

    @Test
    void aWantedSuspectIsArrestedLaterWithTheVersionRead() {
        String id = open(hohhot(), "150124");
        String suspect = as(hohhot()).body("{\"name\":\"Li Si\",\"status\":\"WANTED\"}")
                .post(CASES + "/" + id + "/suspects").then().statusCode(201)
                .body("arrestedAt", equalTo(null)).extract().path("id");
        String path = CASES + "/" + id + "/suspects/" + suspect;
        as(hohhot()).body("{\"version\":0,\"status\":\"ARRESTED\"}").patch(path).then().statusCode(200)
                .body("status", equalTo("ARRESTED")).body("arrestedAt", notNullValue()).body("version", equalTo(1));
        as(hohhot()).body("{\"version\":0,\"status\":\"RELEASED\"}").patch(path).then().statusCode(409)
                .body("type", equalTo("https://fraudlink.org/problems/version-conflict"));
        String arrestedAt = as(hohhot()).body("{\"version\":1,\"status\":\"RELEASED\"}").patch(path).then()
                .statusCode(200).body("status", equalTo("RELEASED")).extract().path("arrestedAt");
        assertEquals(true, arrestedAt != null, "a released suspect keeps the arrest time");
        assertEquals(3, Api.count(dataSource, "SELECT count(*) FROM platform.audit_record WHERE resource_id = ?"
                + " AND action LIKE 'case.suspect.%'", id));
    }

    @Test
    void gangsAndDensAreRecordedWithTheirDates() {
        String id = open(hohhot(), "150124");
        as(hohhot()).body("{\"name\":\"Card ring\",\"members\":12,\"dismantledAt\":\"2026-03-01T00:00:00Z\"}")
                .post(CASES + "/" + id + "/gangs").then().statusCode(201).body("members", equalTo(12));
        as(hohhot()).body("{\"location\":\"Flat 5, Block 2\",\"region\":\"150125\","
                + "\"destroyedAt\":\"2026-03-02T00:00:00Z\"}")
                .post(CASES + "/" + id + "/dens").then().statusCode(201).body("region", equalTo("150125"));
        as(hohhot()).get(CASES + "/" + id + "/gangs").then().statusCode(200)
                .body("items[0].dismantledAt", equalTo("2026-03-01T00:00:00Z"));
        as(hohhot()).get(CASES + "/" + id + "/dens").then().statusCode(200)
                .body("items[0].destroyedAt", equalTo("2026-03-02T00:00:00Z"));
        assertEquals(1, Api.count(dataSource, "SELECT count(*) FROM platform.audit_record WHERE resource_id = ?"
                + " AND action = 'case.gang.add'", id));
        assertEquals(1, Api.count(dataSource, "SELECT count(*) FROM platform.audit_record WHERE resource_id = ?"
                + " AND action = 'case.den.add'", id));
    }
}
