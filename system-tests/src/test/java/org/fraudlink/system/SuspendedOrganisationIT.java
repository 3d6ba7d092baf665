package org.fraudlink.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/** When the joint-meeting office suspends a partner, its live tokens stop working at the gateway and it gets no new one. */
@ExtendWith(Suite.class)
class SuspendedOrganisationIT {

    @Test
    void aSuspendedPartnersTokenIsRefusedAtTheGateway() {
        Coalition coalition = Coalition.get();
        String bank = coalition.token(Coalition.BANK_C);
        Api.as(bank).get("/api/v1/flags/PHONE/13800000000").then().statusCode(200);

        Api.as(coalition.adminToken()).contentType(ContentType.fromContentType("application/merge-patch+json"))
                .body(Map.of("status", "SUSPENDED"))
                .patch("/api/v1/registry/orgs/{code}", Coalition.BANK_C)
                .then().statusCode(200);

        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                Api.as(bank).get("/api/v1/flags/PHONE/13800000000")
                        .then().statusCode(anyOf(is(401), is(403))));
        assertEquals(401, coalition.tokenStatus(Coalition.BANK_C),
                "a suspended organisation gets no new token");
    }
}
