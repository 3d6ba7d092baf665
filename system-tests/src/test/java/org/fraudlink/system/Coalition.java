package org.fraudlink.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The organisations of the end-to-end scenarios, made once per run through the public API with the bootstrap
 * client's token, as the joint-meeting office would: the Inner Mongolia department, two city bureaus, a Hohhot
 * district bureau, three banks; one API client each.
 */
final class Coalition {

    static final String PROVINCE = "NMG-PSD";
    static final String HOHHOT = "HOHHOT-PSB";
    static final String XINCHENG = "HOHHOT-XINCHENG-PSB";
    static final String BAOTOU = "BAOTOU-PSB";
    static final String BANK_A = "BANK-A";
    static final String BANK_B = "BANK-B";
    static final String BANK_C = "BANK-C";

    private static Coalition instance;

    private final String adminToken;
    private final Map<String, String[]> credentials = new ConcurrentHashMap<>();

    private Coalition(String adminToken) {
        this.adminToken = adminToken;
    }

    static synchronized Coalition get() {
        if (instance == null) {
            Suite suite = Suite.get();
            Coalition coalition = new Coalition(Api.token(Suite.BOOTSTRAP_CLIENT_ID, suite.bootstrapSecret));
            coalition.build();
            instance = coalition;
        }
        return instance;
    }

    String adminToken() {
        return adminToken;
    }

    /** A fresh token of the organisation's API client. */
    String token(String org) {
        String[] client = credentials.get(org);
        return Api.token(client[0], client[1]);
    }

    /** The status {@code /auth/token} answers the organisation's client now. */
    int tokenStatus(String org) {
        String[] client = credentials.get(org);
        return given().baseUri(Suite.get().gateway())
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", client[0])
                .formParam("client_secret", client[1])
                .post("/auth/token").statusCode();
    }

    private void build() {
        organisation(PROVINCE, "POLICE", "150000", null, "task-force");
        organisation(HOHHOT, "POLICE", "150100", PROVINCE, "police");
        organisation(XINCHENG, "POLICE", "150102", HOHHOT, "police");
        organisation(BAOTOU, "POLICE", "150200", PROVINCE, "police");
        organisation(BANK_A, "BANK", "150000", null, "partner");
        organisation(BANK_B, "BANK", "150000", null, "partner");
        organisation(BANK_C, "BANK", "150000", null, "partner");
    }

    private void organisation(String code, String type, String region, String parent, String role) {
        Map<String, Object> body = parent == null
                ? Map.of("code", code, "name", code + " (system test)", "type", type, "region", region)
                : Map.of("code", code, "name", code + " (system test)", "type", type, "region", region,
                        "parentCode", parent);
        Api.as(adminToken).body(body).post("/api/v1/registry/orgs")
                .then().statusCode(anyOf(is(201), is(200)));
        var client = Api.as(adminToken)
                .body(Map.of("name", code.toLowerCase() + "-system-test", "roles", List.of(role)))
                .post("/api/v1/registry/orgs/{code}/clients", code)
                .then().statusCode(201)
                .extract().jsonPath();
        credentials.put(code, new String[] {client.getString("clientId"), client.getString("clientSecret")});
    }
}
