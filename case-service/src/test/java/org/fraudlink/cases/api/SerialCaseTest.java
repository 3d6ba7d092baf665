package org.fraudlink.cases.api;

import static org.fraudlink.cases.api.Api.CASES;
import static org.fraudlink.cases.api.Api.as;
import static org.fraudlink.cases.api.Api.baotou;
import static org.fraudlink.cases.api.Api.hohhot;
import static org.fraudlink.cases.api.Api.open;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Serial cases: the same identifier written different ways links cases across jurisdictions; a case outside the
 * caller's jurisdiction shows only its number, owning unit, region and the shared identifiers.
 */
@QuarkusTest
class SerialCaseTest {

    @Test
    void theSamePhoneWrittenFourWaysLinksFourCases() {
        String[] written = {"+86 138-0013-8000", "0086 13800138000", "(138) 0013 8000", "8613800138000"};
        List<String> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < written.length; i++) {
            var officer = i % 2 == 0 ? hohhot() : baotou();
            String id = open(officer, i % 2 == 0 ? "150105" : "150203");
            as(officer).body("{\"kind\":\"PHONE\",\"value\":\"" + written[i] + "\",\"role\":\"CONTACT_NUMBER\"}")
                    .post(CASES + "/" + id + "/identifiers").then().statusCode(201)
                    .body("value", equalTo("13800138000"));
            numbers.add(as(officer).get(CASES + "/" + id).then().extract().path("number"));
        }
        as(baotou()).get("/api/v1/identifiers/PHONE/+86 13800138000/cases").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.caseNumber", containsInAnyOrder(numbers.toArray()))
                .body("items[0].sharedIdentifiers[0].value", equalTo("13800138000"));
    }

    @Test
    void everyPageOfALookUpCarriesTheTotal() {
        String account = "6222" + (100_000_000_000L + ThreadLocalRandom.current().nextLong(900_000_000_000L));
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = open(hohhot(), "150105");
            as(hohhot()).body("{\"kind\":\"BANK_ACCOUNT\",\"value\":\"" + account + "\"}")
                    .post(CASES + "/" + id + "/identifiers").then().statusCode(201);
            ids.add(id);
        }
        String holding = "/api/v1/identifiers/BANK_ACCOUNT/" + account + "/cases";
        as(hohhot()).queryParam("size", 2).get(holding).then().statusCode(200)
                .body("items.size()", equalTo(2)).body("total", equalTo(3));
        as(hohhot()).queryParam("size", 2).queryParam("page", 1).get(holding).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("total", equalTo(3));
        as(hohhot()).queryParam("size", 2).queryParam("page", 5).get(holding).then().statusCode(200)
                .body("items.size()", equalTo(0)).body("total", equalTo(3));
        String related = CASES + "/" + ids.get(0) + "/related";
        as(hohhot()).queryParam("size", 1).queryParam("page", 1).get(related).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("total", equalTo(2))
                .body("items[0].sharedIdentifiers[0].value", equalTo(account));
        as(hohhot()).queryParam("size", 1).queryParam("page", 3).get(related).then().statusCode(200)
                .body("items.size()", equalTo(0)).body("total", equalTo(2));
    }

    @Test
    void aBaotouOfficerCannotReadAHohhotCaseButSeesThatTheyShareAnAccount() {
        String hohhotCase = open(hohhot(), "150105");
        as(hohhot()).body("{\"kind\":\"BANK_ACCOUNT\",\"value\":\"6222 0202 0011 2233 445\","
                + "\"role\":\"RECEIVING_ACCOUNT\"}")
                .post(CASES + "/" + hohhotCase + "/identifiers").then().statusCode(201);
        as(hohhot()).body("{\"kind\":\"DOMAIN\",\"value\":\"https://Pay-Secure.example.COM/login\"}")
                .post(CASES + "/" + hohhotCase + "/identifiers").then().statusCode(201)
                .body("value", equalTo("pay-secure.example.com"));
        String hohhotNumber = as(hohhot()).get(CASES + "/" + hohhotCase).then().extract().path("number");

        String baotouCase = open(baotou(), "150203");
        as(baotou()).body("{\"kind\":\"BANK_ACCOUNT\",\"value\":\"6222-0202-0011-2233-445\"}")
                .post(CASES + "/" + baotouCase + "/identifiers").then().statusCode(201);
        as(baotou()).body("{\"kind\":\"DOMAIN\",\"value\":\"pay-secure.example.com.\"}")
                .post(CASES + "/" + baotouCase + "/identifiers").then().statusCode(201);

        as(baotou()).get(CASES + "/" + hohhotCase).then().statusCode(404);
        as(baotou()).get(CASES + "/" + hohhotCase + "/related").then().statusCode(404);

        JsonPath related = as(baotou()).get(CASES + "/" + baotouCase + "/related").then().statusCode(200)
                .body("total", equalTo(1)).extract().jsonPath();
        Map<String, Object> other = related.getMap("items[0]");
        assertEquals(hohhotNumber, other.get("caseNumber"));
        assertEquals("HOHHOT-PSB", other.get("owningOrg"));
        assertEquals("150105", other.get("region"));
        assertEquals(java.util.Set.of("caseNumber", "owningOrg", "region", "sharedIdentifiers"), other.keySet(),
                "nothing but what the officer needs to know");
        assertEquals(List.of(Map.of("kind", "BANK_ACCOUNT", "value", "6222020200112233445"),
                Map.of("kind", "DOMAIN", "value", "pay-secure.example.com")), other.get("sharedIdentifiers"));

        as(hohhot()).get(CASES + "/" + hohhotCase + "/related").then().statusCode(200)
                .body("items[0].region", equalTo("150203"))
                .body("items[0]", not(hasKey("title")));
        as(hohhot()).get("/api/v1/identifiers/BANK_ACCOUNT/6222020200112233445/cases").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.find { it.caseNumber == '" + hohhotNumber + "' }.title", equalTo("Test case"))
                .body("items.find { it.caseNumber == '" + hohhotNumber + "' }.id", equalTo(hohhotCase))
                .body("items.find { it.region == '150203' }", not(hasKey("id")));
    }

    @Test
    void theProvincialTaskForceSeesTheDetailsOfBoth() {
        String hohhotCase = open(hohhot(), "150105");
        as(hohhot()).body("{\"kind\":\"IM_ACCOUNT\",\"value\":\"  WeChat_Scammer_01 \"}")
                .post(CASES + "/" + hohhotCase + "/identifiers").then().statusCode(201);
        String baotouCase = open(baotou(), "150203");
        as(baotou()).body("{\"kind\":\"IM_ACCOUNT\",\"value\":\"wechat_scammer_01\"}")
                .post(CASES + "/" + baotouCase + "/identifiers").then().statusCode(201);
        as(org.fraudlink.platform.testing.TestTokens.taskForce("NMG-PSD", "150000"))
                .get(CASES + "/" + hohhotCase + "/related").then().statusCode(200)
                .body("items[0].id", equalTo(baotouCase)).body("items[0].status", equalTo("REPORTED"));
    }

    @Test
    void anUnknownIdentifierHasNoCasesAndABadOneIsRefused() {
        as(baotou()).get("/api/v1/identifiers/PHONE/19999999999/cases").then().statusCode(200)
                .body("total", equalTo(0));
        as(baotou()).get("/api/v1/identifiers/PHONE/abc/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("value"));
        as(baotou()).get("/api/v1/identifiers/FAX/123456/cases").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }
}
