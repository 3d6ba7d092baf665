package org.fraudlink.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.vertx.core.http.HttpMethod;

/** The table itself, without HTTP: prefixes match whole segments and non-canonical paths never match. */
class RouteTableTest {

    @Test
    void prefixesMatchWholeSegments() {
        assertEquals(Optional.of(Backend.CASES), RouteTable.route("/api/v1/cases"));
        assertEquals(Optional.of(Backend.CASES), RouteTable.route("/api/v1/cases/"));
        assertEquals(Optional.of(Backend.CASES), RouteTable.route("/api/v1/cases/1/identifiers"));
        assertEquals(Optional.empty(), RouteTable.route("/api/v1/casesX"));
        assertEquals(Optional.of(Backend.ALERTS), RouteTable.route("/api/v1/stats/alerts"));
        assertEquals(Optional.empty(), RouteTable.route("/api/v1/stats/alerts/x"));
        assertEquals(Optional.of(Backend.REGISTRY), RouteTable.route("/api/v1/audit/registry/verify"));
        assertEquals(Optional.of(Backend.ALERTS), RouteTable.route("/api/v1/audit/alerts"));
        assertEquals(Optional.empty(), RouteTable.route("/api/v1/audit"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/cases/../x", "/api/v1/cases/./x", "/api/v1/cases/%2E%2e", "/api/v1/cases/a%2Fb",
            "/api/v1/cases/a%5Cb", "/api/v1/cases/%252e", "/api/v1/cases//x", "/api/v1/cases/a\\b",
            "/api/v1/cases;jsessionid=1", "/api/v1/cases/a%00", "/api/v1/cases/a%3bb", "/api/v1/cases/a b",
            "api/v1/cases", "/api/v1/cases/.."})
    void nonCanonicalPathsAreNeverRouted(String path) {
        assertFalse(RouteTable.isCanonical(path));
        assertEquals(Optional.empty(), RouteTable.route(path));
    }

    @Test
    void encodedNonSpecialCharactersAreFine() {
        assertEquals(Optional.of(Backend.ALERTS), RouteTable.route("/api/v1/flags/IM_ACCOUNT/%E5%BC%A0%E6%9F%90"));
    }

    @Test
    void onlyTokenAndKeysArePublic() {
        assertTrue(RouteTable.isPublic(HttpMethod.POST, "/auth/token"));
        assertTrue(RouteTable.isPublic(HttpMethod.GET, "/auth/jwks"));
        assertFalse(RouteTable.isPublic(HttpMethod.GET, "/auth/token"));
        assertFalse(RouteTable.isPublic(HttpMethod.POST, "/auth/clients"));
        assertFalse(RouteTable.isPublic(HttpMethod.GET, "/auth/jwks/x"));
    }
}
