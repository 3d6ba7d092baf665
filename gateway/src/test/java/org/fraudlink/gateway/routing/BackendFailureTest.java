package org.fraudlink.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.gateway.support.BackendStubs;
import org.fraudlink.gateway.support.RawHttp;
import org.fraudlink.gateway.support.Stubs;
import org.fraudlink.platform.testing.TestTokens;

/** A service that is down or slow answers a problem within the gateway's timeouts; the gateway never hangs. */
@QuarkusTest
class BackendFailureTest {

    private final String bearer = TestTokens.police("HOHHOT-PSB", "150100").bearer();

    @BeforeEach
    @AfterEach
    void reset() {
        Stubs.reset();
    }

    @Test
    void serviceDownAnswers503Problem() {
        Stubs.mode("cases", "down");
        given().header("Authorization", bearer).header("X-Request-Id", "down-1").get("/api/v1/cases")
                .then().statusCode(503).contentType("application/problem+json")
                .header("X-Request-Id", "down-1")
                .body("type", equalTo("https://fraudlink.org/problems/unavailable"))
                .body("requestId", equalTo("down-1"));
        // the others are unaffected
        given().header("Authorization", bearer).get("/api/v1/warnings").then().statusCode(200);
    }

    @Test
    void serviceBackUpIsReachedAgain() {
        Stubs.mode("alerts", "down");
        given().header("Authorization", bearer).get("/api/v1/warnings").then().statusCode(503);
        Stubs.mode("alerts", "up");
        given().header("Authorization", bearer).get("/api/v1/warnings").then().statusCode(200);
    }

    /** A caller that hangs up while the service works is not the service failing: no warning that it is down. */
    @Test
    void aCallerHangingUpIsNotReportedAsTheServiceBeingUnavailable() throws Exception {
        Stubs.mode("cases", "slow");
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(String.valueOf(entry.getMessage()) + " " + List.of(entry.getParameters() == null
                            ? new Object[0] : entry.getParameters()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger proxyLog = Logger.getLogger(GatewayProxy.class.getName());
        proxyLog.addHandler(handler);
        try {
            RawHttp.hangUpAfter("/api/v1/cases", bearer, 300);
            Thread.sleep(500);
        } finally {
            proxyLog.removeHandler(handler);
        }
        assertThat(warnings, empty());
    }

    @Test
    void slowServiceAnswers504ProblemWithinTheReadTimeout() {
        Stubs.mode("alerts", "slow");
        long started = System.nanoTime();
        given().header("Authorization", bearer).get("/api/v1/warnings")
                .then().statusCode(504).contentType("application/problem+json")
                .body("type", equalTo("https://fraudlink.org/problems/timeout"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(millis, lessThan((long) BackendStubs.SLOW_MILLIS));
    }
}
