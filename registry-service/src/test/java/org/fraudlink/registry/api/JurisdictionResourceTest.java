package org.fraudlink.registry.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.platform.testing.TestTokens;
import org.fraudlink.registry.RegistryApi;

/**
 * {@code GET /api/v1/registry/jurisdictions/{region}}. Guangdong (44) is this class's own province: no other test
 * makes police units there.
 */
@QuarkusTest
class JurisdictionResourceTest {

    private static final String PATH = "/api/v1/registry/jurisdictions/";

    private static String province;
    private static String guangzhou;
    private static String liwan;
    private static String shenzhen;

    /** Made once for the class (RestAssured knows the port only per test). */
    @BeforeEach
    void hierarchy() {
        if (province != null) {
            return;
        }
        province = RegistryApi.createOrg(RegistryApi.uniqueCode("GD-PSD"), "POLICE", "440000", null);
        guangzhou = RegistryApi.createOrg(RegistryApi.uniqueCode("GZ-PSB"), "POLICE", "440100", province);
        liwan = RegistryApi.createOrg(RegistryApi.uniqueCode("LW-PSB"), "POLICE", "440103", guangzhou);
        shenzhen = RegistryApi.createOrg(RegistryApi.uniqueCode("SZ-PSB"), "POLICE", "440300", province);
        RegistryApi.createOrg(RegistryApi.uniqueCode("GD-BANK"), "BANK", "440103", null);
    }

    @Test
    void theMostSpecificUnitAnswersWithItsChainUpward() {
        given().header("Authorization", TestTokens.service().bearer()).get(PATH + "440103").then().statusCode(200)
                .body("region", equalTo("440103"))
                .body("unit.code", equalTo(liwan)).body("unit.type", equalTo("POLICE"))
                .body("unit.status", equalTo("ACTIVE")).body("unit.region", equalTo("440103"))
                .body("chain.code", contains(liwan, guangzhou, province));
        given().header("Authorization", TestTokens.partner("BANK-A", "BANK", "440000").bearer())
                .get(PATH + "440104").then().statusCode(200)
                .body("unit.code", equalTo(guangzhou)).body("chain.code", contains(guangzhou, province));
        given().header("Authorization", TestTokens.police("X", "150100").bearer()).get(PATH + "440305")
                .then().statusCode(200).body("unit.code", equalTo(shenzhen));
        given().header("Authorization", TestTokens.auditor().bearer()).get(PATH + "440000")
                .then().statusCode(200).body("unit.code", equalTo(province)).body("chain.code", contains(province));
    }

    @Test
    void aSuspendedUnitIsSkippedAndTheCacheFollowsChanges() {
        String station = RegistryApi.createOrg(RegistryApi.uniqueCode("GZ-HZ"), "POLICE", "440105", guangzhou);
        String token = TestTokens.service().bearer();
        given().header("Authorization", token).get(PATH + "440105").then().body("unit.code", equalTo(station));
        RegistryApi.setStatus(station, "SUSPENDED");
        given().header("Authorization", token).get(PATH + "440105").then().statusCode(200)
                .body("unit.code", equalTo(guangzhou));
        RegistryApi.setStatus(station, "ACTIVE");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().header("Authorization", token)
                .get(PATH + "440105").then().body("unit.code", equalTo(station)));
    }

    @Test
    void aRegionWithoutAPoliceUnitIsNotFoundAndABadCodeIsInvalid() {
        given().header("Authorization", TestTokens.service().bearer()).get(PATH + "650100").then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", TestTokens.service().bearer()).get(PATH + "449999").then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
        given().header("Authorization", TestTokens.service().bearer()).get(PATH + "44").then().statusCode(400);
    }

    @Test
    void everyAuthenticatedCallerMayAskButNobodyElse() {
        given().get(PATH + "440103").then().statusCode(401);
        given().header("Authorization", TestTokens.service().unsigned().bearer()).get(PATH + "440103")
                .then().statusCode(401);
        given().header("Authorization", RegistryApi.admin()).get(PATH + "440103").then().statusCode(200);
    }
}
