package org.fraudlink.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The warning leads of the report, sent by the partners' risk monitoring in batches of up to 1,000 (the API's
 * limit), observed evenly over the period.
 */
final class WarningLoader {

    static final int BATCH = 1_000;

    private WarningLoader() {
    }

    /** Sends warnings {@code first} (inclusive) to {@code last} (exclusive) of {@code total} as one batch. */
    static void sendBatch(int first, int last, int total, DemoCoalition.Partner partner,
            FraudlinkClient.Session session, Province province, Period period, Random random) {
        List<Map<String, Object>> items = new ArrayList<>(last - first);
        for (int n = first; n < last; n++) {
            Province.City city = province.cities().get(n % province.cities().size());
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("externalId", partner.code() + "-" + n);
            item.put("sourceKind", partner.sourceKind());
            item.put("victim", Map.of("phone", String.format("13%09d", n),
                    "region", city.counties().get(random.nextInt(city.counties().size()))));
            item.put("indicators", List.of(Map.of("kind", "PHONE", "value", String.format("170%08d", n % 50_000))));
            item.put("observedAt", period.at((n + 0.5) / total).toString());
            items.add(item);
        }
        var answer = session.post("/api/v1/warnings/batch", Map.of("items", items));
        for (var result : answer.path("items")) {
            int status = result.path("status").asInt();
            if (status != 201 && status != 200) {
                throw new FraudlinkClient.DemoException("warning " + result.path("externalId").asText()
                        + " was refused: " + result.path("problem"));
            }
        }
    }
}
