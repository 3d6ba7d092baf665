package org.fraudlink.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;

/** Card sellers put on the two-card sanction list by the city bureaus, with valid resident ID numbers. */
final class SanctionLoader {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private SanctionLoader() {
    }

    static void sanction(int index, String county, FraudlinkClient.Session bureau, Period period, Random random) {
        LocalDate start = LocalDate.ofInstant(period.at(random.nextDouble()), ZoneOffset.UTC);
        bureau.post("/api/v1/registry/card-sanctions", Map.of(
                "idNumber", idNumber(county, LocalDate.of(1975 + random.nextInt(30), 1 + random.nextInt(12),
                        1 + random.nextInt(28)), index % 1000),
                "name", "卖卡人" + index,
                "reason", "出售本人银行卡和电话卡用于电信网络诈骗",
                "startDate", start.toString()));
    }

    /** An 18-character resident ID number with its GB 11643 check character. */
    static String idNumber(String region, LocalDate birth, int sequence) {
        String body = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK_CHARACTERS.charAt(sum % 11);
    }
}
