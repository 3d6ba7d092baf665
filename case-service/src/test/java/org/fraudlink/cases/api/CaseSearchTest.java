package org.fraudlink.cases.api;

import static org.fraudlink.cases.api.Api.CASES;
import static org.fraudlink.cases.api.Api.as;
import static org.fraudlink.cases.api.Api.move;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.fraudlink.platform.testing.TestTokens;

/** Search by type, status, tag, region prefix, period, minimum loss and title text; paged and sorted. */
@QuarkusTest
class CaseSearchTest {

    private static final TestTokens TONGLIAO = TestTokens.police("TONGLIAO-PSB", "150500");
    private static final List<String> TITLES = new ArrayList<>();

    @BeforeEach
    void loadOnce() {
        if (!TITLES.isEmpty()) {
            return;
        }
        open("LOAN", "150502", "2026-01-05T00:00:00Z", "100.00", "Loan app 100%", "[\"EPIDEMIC\"]");
        open("LOAN", "150521", "2026-01-20T00:00:00Z", "600000.00", "Loan_app fees", "[]");
        open("INVESTMENT", "150502", "2026-02-01T00:00:00Z", "1500000.00", "Fake exchange", "[\"EPIDEMIC\"]");
        String filed = open("ORDER_BRUSHING", "150521", "2026-02-15T00:00:00Z", "2500.50", "Brushing orders", "[]");
        move(TONGLIAO, filed, "FILED", "2026-02-16T00:00:00Z");
        open("OTHER", "150522", "2026-03-01T00:00:00Z", "0.00", "Unknown LOAN APP", "[\"CARD_BREAKING\"]");
    }

    @Test
    void everyFilterNarrowsTheResult() {
        numbers("type=LOAN", "Loan_app fees", "Loan app 100%");
        numbers("status=FILED", "Brushing orders");
        numbers("tag=EPIDEMIC", "Fake exchange", "Loan app 100%");
        numbers("region=150521", "Brushing orders", "Loan_app fees");
        numbers("from=2026-01-20&to=2026-02-15", "Fake exchange", "Loan_app fees");
        numbers("minLoss=600000", "Fake exchange", "Loan_app fees");
        numbers("q=loan app", "Unknown LOAN APP", "Loan app 100%");
        numbers("q=100%", "Loan app 100%");
        numbers("q=_app", "Loan_app fees");
        numbers("type=LOAN&minLoss=1000", "Loan_app fees");
    }

    @Test
    void resultsAreSortedAndPaged() {
        numbers("sort=lossAmount", "Unknown LOAN APP", "Loan app 100%", "Brushing orders", "Loan_app fees",
                "Fake exchange");
        numbers("sort=-lossAmount&size=2", "Fake exchange", "Loan_app fees");
        as(TONGLIAO).queryParam("sort", "reportedAt").queryParam("size", 2).queryParam("page", 2).get(CASES).then()
                .statusCode(200).body("total", equalTo(5)).body("page", equalTo(2)).body("size", equalTo(2))
                .body("items", hasSize(1)).body("items[0].title", equalTo("Unknown LOAN APP"));
    }

    private static void numbers(String query, String... titles) {
        var request = as(TONGLIAO);
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            request = request.queryParam(parts[0], parts[1]);
        }
        request.get(CASES).then().statusCode(200).body("items.title", contains(titles));
    }

    private static String open(String type, String region, String reportedAt, String loss, String title,
            String tags) {
        TITLES.add(title);
        return Api.openWith(TONGLIAO, """
                {"type":"%s","title":"%s","region":"%s","reportedAt":"%s","lossAmount":%s,"tags":%s}"""
                .formatted(type, title, region, reportedAt, loss, tags));
    }
}
