package org.fraudlink.gateway.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.common.QuarkusTestResource;

/** The tests' handle on {@link BackendStubs}, over its control server. */
@QuarkusTestResource(BackendStubs.class)
public final class Stubs {

    private Stubs() {
    }

    private static String base() {
        return ConfigProvider.getConfig().getValue("fraudlink.test.stubs", String.class);
    }

    /** What a service received since the last {@link #reset()}. */
    public static List<Map<String, Object>> received(String backend) {
        return given().baseUri(base()).get("/received/" + backend).then().statusCode(200).extract().jsonPath()
                .getList("$");
    }

    public static int receivedCount() {
        return BackendStubs.BACKENDS.stream().mapToInt(backend -> received(backend).size()).sum();
    }

    public static void mode(String backend, String mode) {
        given().baseUri(base()).post("/mode/" + backend + "/" + mode).then().statusCode(200);
    }

    public static void suspendedInRegistry(String... codes) {
        given().baseUri(base()).body(String.join(",", codes)).put("/suspended").then().statusCode(200);
    }

    /** Every service up, nothing received, nothing suspended in the registry's list. */
    public static void reset() {
        BackendStubs.BACKENDS.forEach(backend -> mode(backend, "up"));
        given().baseUri(base()).delete("/received").then().statusCode(200);
        suspendedInRegistry();
    }
}
