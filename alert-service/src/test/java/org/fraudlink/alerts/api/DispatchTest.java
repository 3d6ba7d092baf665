package org.fraudlink.alerts.api;

import static org.fraudlink.alerts.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.alerts.client.Jurisdictions;
import org.fraudlink.alerts.domain.Escalation;
import org.fraudlink.alerts.domain.Rerouting;
import org.fraudlink.alerts.support.Api;
import org.fraudlink.alerts.support.Registry;
import org.fraudlink.alerts.support.TestClock;

/** Dispatch keeps working while registry-service is down; overdue warnings climb the chain. */
@QuarkusTest
class DispatchTest {

    @Inject
    Jurisdictions jurisdictions;

    @Inject
    Rerouting rerouting;

    @Inject
    Escalation escalation;

    @Test
    void whileRegistryIsDownACachedAnswerOrTheProvinceTaskForceTakesTheWarning() {
        Api.organisation("NMG-PSD", "POLICE", "150000", "ACTIVE");
        jurisdictions.forget();
        Api.submit("150102");
        Registry.down();
        try {
            as(Api.bankA()).body(Api.warning(Api.newId(), "150102", "[]")).post("/api/v1/warnings")
                    .then().statusCode(201).body("assignedOrg", equalTo("HOHHOT-XINCHENG-PSB"));
            String id = as(Api.bankA()).body(Api.warning(Api.newId(), "150203", "[]")).post("/api/v1/warnings")
                    .then().statusCode(201).body("assignedOrg", equalTo("NMG-PSD"))
                    .body("status", equalTo("DISPATCHED")).extract().path("id");
            as(Api.province()).get("/api/v1/warnings/{id}", id).then().body("needsRerouting", equalTo(true));
            Registry.up();
            TestClock.CLOCK.advance(Duration.ofSeconds(30));
            assertTrue(rerouting.rerouteBatch() >= 1);
            as(Api.province()).get("/api/v1/warnings/{id}", id).then()
                    .body("assignedOrg", equalTo("BAOTOU-PSB")).body("needsRerouting", equalTo(false))
                    .body("hops[1].to", equalTo("BAOTOU-PSB"));
        } finally {
            Registry.up();
        }
    }

    @Test
    void anUnacknowledgedHighWarningGoesUpTheChainAfterTenMinutes() {
        String id = as(Api.bankA()).body(Api.warning(Api.newId(), "150102", "[]").replace("\"observedAt\"",
                        "\"riskHint\":\"HIGH\",\"observedAt\"")).post("/api/v1/warnings")
                .then().statusCode(201).extract().path("id");
        TestClock.CLOCK.advance(Duration.ofMinutes(9));
        escalation.escalateBatch();
        as(Api.province()).get("/api/v1/warnings/{id}", id).then().body("assignedOrg", equalTo("HOHHOT-XINCHENG-PSB"));
        as(Api.province()).queryParam("overdue", true).get("/api/v1/warnings").then().statusCode(200);

        TestClock.CLOCK.advance(Duration.ofMinutes(2));
        escalation.escalateBatch();
        as(Api.province()).get("/api/v1/warnings/{id}", id).then()
                .body("assignedOrg", equalTo("HOHHOT-PSB")).body("escalationLevel", equalTo(1))
                .body("hops[1].from", equalTo("HOHHOT-XINCHENG-PSB"));
        as(Api.xincheng()).get("/api/v1/warnings/{id}", id).then().statusCode(404);
        as(Api.hohhot()).body("{}").post("/api/v1/warnings/{id}/acknowledge", id).then().statusCode(200);
    }
}
