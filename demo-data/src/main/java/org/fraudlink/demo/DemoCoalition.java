package org.fraudlink.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The province's coalition, made with the joint-meeting office's token: the provincial department (task force), a
 * bureau per city, and partners — three banks, a payment institution, two telecom operators, an internet platform —
 * each with one API client, as the office would register them.
 */
final class DemoCoalition {

    record Partner(String code, String type, String sourceKind) {
    }

    final Province province;
    final FraudlinkClient.Session taskForce;
    final Map<String, FraudlinkClient.Session> cityBureaus = new LinkedHashMap<>();
    final Map<Partner, FraudlinkClient.Session> partners = new LinkedHashMap<>();

    private DemoCoalition(Province province, FraudlinkClient.Session taskForce) {
        this.province = province;
        this.taskForce = taskForce;
    }

    static String departmentCode(Province province) {
        return "PSD-" + province.code();
    }

    static String bureauCode(String cityCode) {
        return "PSB-" + cityCode;
    }

    static DemoCoalition register(FraudlinkClient client, FraudlinkClient.Session office, Province province,
            Progress progress) {
        String department = departmentCode(province);
        DemoCoalition coalition = new DemoCoalition(province, organisation(client, office, department,
                province.name() + "公安厅", "POLICE", province.code(), null, "task-force"));
        progress.advance(1);
        for (Province.City city : province.cities()) {
            coalition.cityBureaus.put(city.code(), organisation(client, office, bureauCode(city.code()),
                    city.name() + "公安局", "POLICE", city.code(), department, "police"));
            progress.advance(1);
        }
        for (Partner partner : partnersOf(province)) {
            coalition.partners.put(partner, organisation(client, office, partner.code(),
                    partner.code() + " " + province.name(), partner.type(), province.code(), null, "partner"));
            progress.advance(1);
        }
        return coalition;
    }

    /** A further API client of the provincial department, to read the dashboard of data loaded earlier. */
    static FraudlinkClient.Session newTaskForceClient(FraudlinkClient client, FraudlinkClient.Session office,
            Province province) {
        String code = departmentCode(province);
        JsonNode credentials = office.post("/api/v1/registry/orgs/" + code + "/clients",
                Map.of("name", code.toLowerCase() + "-dashboard-" + System.currentTimeMillis(),
                        "roles", List.of("task-force")));
        return client.session(credentials.path("clientId").asText(), credentials.path("clientSecret").asText());
    }

    static int organisationCount(Province province) {
        return 1 + province.cities().size() + partnersOf(province).size();
    }

    static List<Partner> partnersOf(Province province) {
        String p = province.code();
        return List.of(new Partner("ICBC-" + p, "BANK", "BANK_RISK_MONITOR"),
                new Partner("ABC-" + p, "BANK", "BANK_RISK_MONITOR"),
                new Partner("CCB-" + p, "BANK", "BANK_RISK_MONITOR"),
                new Partner("UNIONPAY-" + p, "PAYMENT", "BANK_RISK_MONITOR"),
                new Partner("CMCC-" + p, "TELECOM", "TELECOM_CALL_ANALYSIS"),
                new Partner("CUCC-" + p, "TELECOM", "TELECOM_CALL_ANALYSIS"),
                new Partner("WEBPLATFORM-" + p, "INTERNET", "INTERNET_PLATFORM"));
    }

    /** Organisations that may receive a stop-payment order. */
    List<String> moneyHolders() {
        List<String> codes = new ArrayList<>();
        partners.keySet().stream().filter(p -> p.type().equals("BANK") || p.type().equals("PAYMENT"))
                .forEach(p -> codes.add(p.code()));
        return codes;
    }

    private static FraudlinkClient.Session organisation(FraudlinkClient client, FraudlinkClient.Session office,
            String code, String name, String type, String region, String parent, String role) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("type", type);
        body.put("region", region);
        if (parent != null) {
            body.put("parentCode", parent);
        }
        office.post("/api/v1/registry/orgs", body);
        JsonNode credentials = office.post("/api/v1/registry/orgs/" + code + "/clients",
                Map.of("name", code.toLowerCase() + "-demo", "roles", List.of(role)));
        return client.session(credentials.path("clientId").asText(), credentials.path("clientSecret").asText());
    }
}
