package org.fraudlink.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad token is refused with 401 at the gateway and again by each service on its own — the gateway adds
 * checks, it is not the only one — while the same token without the defect is served.
 */
@ExtendWith(Suite.class)
class TokenDefectsIT {

    /** Where a Hohhot officer's valid token is served 200, per entry point. */
    private static final Map<String, String> READ_PATHS = Map.of(
            "gateway", "/api/v1/cases",
            "registry", "/api/v1/registry/orgs",
            "cases", "/api/v1/cases",
            "alerts", "/api/v1/warnings");

    @BeforeAll
    static void coalition() {
        Coalition.get();
    }

    static List<Arguments> entryPointsAndTokens() {
        List<Arguments> cases = new ArrayList<>();
        for (String entryPoint : READ_PATHS.keySet()) {
            for (MintedToken token : MintedToken.values()) {
                cases.add(Arguments.of(entryPoint, token));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} with a {1} token")
    @MethodSource("entryPointsAndTokens")
    void onlyTheFlawlessTokenIsServed(String entryPoint, MintedToken defect) {
        String token = defect.mint(Coalition.HOHHOT, "POLICE", "150100", "police");
        var response = given().baseUri(baseUrl(entryPoint))
                .auth().oauth2(token)
                .get(READ_PATHS.get(entryPoint))
                .then();
        if (defect == MintedToken.VALID) {
            response.statusCode(200);
        } else {
            response.statusCode(401).contentType(startsWith("application/problem+json"));
        }
    }

    @ParameterizedTest(name = "{0} without a token")
    @MethodSource("entryPoints")
    void noTokenIsRefused(String entryPoint) {
        given().baseUri(baseUrl(entryPoint))
                .get(READ_PATHS.get(entryPoint))
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
    }

    static List<String> entryPoints() {
        return List.copyOf(READ_PATHS.keySet());
    }

    private static String baseUrl(String entryPoint) {
        return entryPoint.equals("gateway") ? Suite.get().gateway() : Suite.get().services().get(entryPoint);
    }
}
