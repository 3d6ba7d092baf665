package org.fraudlink.alerts.support;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;

/** Switches the registry stub on and off, for the tests of what happens while registry-service is down. */
@QuarkusTestResource(RegistryStub.class)
public final class Registry {

    private Registry() {
    }

    public static void down() {
        given().baseUri(System.getProperty(RegistryStub.URL_PROPERTY)).post("/stub/down").then().statusCode(204);
    }

    public static void up() {
        given().baseUri(System.getProperty(RegistryStub.URL_PROPERTY)).post("/stub/up").then().statusCode(204);
    }
}
