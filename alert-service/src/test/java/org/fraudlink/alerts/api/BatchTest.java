package org.fraudlink.alerts.api;

import static org.fraudlink.alerts.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.alerts.support.Api;

/** A batch answers each item on its own: stored, sent before, or refused with its problem. */
@QuarkusTest
class BatchTest {

    @Inject
    DataSource dataSource;

    @Test
    void oneBadItemSpoilsNoneOfTheOthers() {
        String first = Api.newId();
        String repeated = Api.newId();
        Api.as(Api.bankA()).body(Api.warning(repeated, "150102", "[]")).post("/api/v1/warnings")
                .then().statusCode(201);
        String bad = Api.newId();
        String body = "{\"items\":[" + Api.warning(first, "150102", "[]") + ","
                + Api.warning(repeated, "150102", "[]") + ","
                + Api.warning(bad, "159999", "[]") + ","
                + "{\"externalId\":\"x\",\"sourceKind\":\"NOPE\"}]}";
        as(Api.bankA()).body(body).post("/api/v1/warnings/batch").then().statusCode(200)
                .body("items[0].status", equalTo(201)).body("items[0].id", notNullValue())
                .body("items[1].status", equalTo(200))
                .body("items[2].status", equalTo(400))
                .body("items[2].problem.errors.field", hasItem("victim.region"))
                .body("items[3].status", equalTo(400));
        assertEquals(1, Api.count(dataSource, "SELECT count(*) FROM warning WHERE external_id = ?", first));
        assertEquals(0, Api.count(dataSource, "SELECT count(*) FROM warning WHERE external_id = ?", bad));
    }

    @Test
    void everyStoredItemIsAuditedWithTheBatch() {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            // Baotou's: other tests read the first page of Xincheng's list
            items.add(Api.warning(Api.newId(), "150203", "[]"));
        }
        List<String> ids = as(Api.bankA()).body("{\"items\":[" + String.join(",", items) + "]}")
                .post("/api/v1/warnings/batch").then().statusCode(200).extract().path("items.id");
        assertEquals(50, ids.size());
        for (String id : ids) {
            assertEquals(1, Api.count(dataSource, "SELECT count(*) FROM platform.audit_record"
                    + " WHERE action = 'warning.submit' AND resource_id = ?", id), "audit record of " + id);
        }
    }

    @Test
    void moreThanAThousandIsRefusedWhole() {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            items.add("{}");
        }
        as(Api.bankA()).body("{\"items\":[" + String.join(",", items) + "]}").post("/api/v1/warnings/batch")
                .then().statusCode(400).body("errors.field", hasItem(org.hamcrest.Matchers.containsString("items")));
        as(Api.xincheng()).body("{\"items\":[{}]}").post("/api/v1/warnings/batch").then().statusCode(403);
    }
}
