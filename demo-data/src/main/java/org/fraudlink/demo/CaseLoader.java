package org.fraudlink.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The solved cases of the report, each made as its city bureau would: reported, its receiving account recorded,
 * filed, suspects, gangs and dens attached, solved — every step dated inside the period with {@code at}.
 */
final class CaseLoader {

    private static final List<String> HIGH_INCIDENCE = List.of("LOAN", "ORDER_BRUSHING", "PIG_BUTCHERING",
            "FAKE_CUSTOMER_SERVICE");
    private static final List<String> OTHER_TYPES = List.of("LOAN", "ORDER_BRUSHING", "PIG_BUTCHERING",
            "FAKE_CUSTOMER_SERVICE", "IMPERSONATING_AUTHORITY", "INVESTMENT", "OTHER");

    /** One case to make, with everything attached to it. */
    record CaseSpec(int index, String city, String region, String type, List<String> tags, BigDecimal loss,
            Instant reportedAt, Instant filedAt, Instant solvedAt, int suspects, int gangs, int dens) {

        Instant during(double fraction) {
            return filedAt.plusSeconds((long) (Duration.between(filedAt, solvedAt).toSeconds() * fraction));
        }
    }

    /** A case as made: what stop-payment orders name. */
    record MadeCase(String number, String city, Instant solvedAt) {
    }

    static List<CaseSpec> plan(PressRelease figures, Province province, Period period, Random random) {
        int cardCases = figures.cardCases();
        List<CaseSpec> specs = new ArrayList<>();
        List<Integer> nonCard = new ArrayList<>();
        for (int i = 0; i < figures.casesSolved(); i++) {
            if (i >= cardCases) {
                nonCard.add(i);
            }
        }
        Collections.shuffle(nonCard, random);
        Map<Integer, BigDecimal> losses = new LinkedHashMap<>();
        for (int k = 0; k < nonCard.size(); k++) {
            BigDecimal loss;
            if (k < figures.casesOver1m()) {
                loss = money(random, 1_000_000, 3_000_000);
            } else if (k < figures.casesOver500k()) {
                loss = money(random, 500_000, 999_999);
            } else {
                loss = money(random, 1_000, 499_999);
            }
            losses.put(nonCard.get(k), loss);
        }
        int epidemicEnd = cardCases + figures.epidemicCases();
        for (int i = 0; i < figures.casesSolved(); i++) {
            Province.City city = province.cities().get(i % province.cities().size());
            String region = city.counties().get(random.nextInt(city.counties().size()));
            Instant reported = period.at(random.nextDouble() * 0.95);
            Instant filed = reported.plus(Duration.ofHours(2 + random.nextInt(48)));
            Instant solved = filed.plus(Duration.ofHours(2 + random.nextInt(96)));
            boolean card = i < cardCases;
            boolean epidemic = !card && i < epidemicEnd;
            String type = card ? "CARD_TRAFFICKING"
                    : epidemic ? HIGH_INCIDENCE.get(i % HIGH_INCIDENCE.size())
                    : OTHER_TYPES.get(random.nextInt(OTHER_TYPES.size()));
            List<String> tags = card ? List.of("CARD_BREAKING") : epidemic ? List.of("EPIDEMIC") : List.of();
            int suspects = card ? share(figures.cardSuspects(), cardCases, i)
                    : epidemic ? share(figures.epidemicSuspects(), figures.epidemicCases(), i - cardCases) : 0;
            specs.add(new CaseSpec(i, city.code(), region, type, tags,
                    card ? BigDecimal.ZERO.setScale(2) : losses.get(i), reported, filed, solved, suspects,
                    card ? share(figures.gangs(), cardCases, i) : 0, card ? share(figures.dens(), cardCases, i) : 0));
        }
        return specs;
    }

    /** Item {@code i}'s share when {@code total} things are dealt out over {@code holders}. */
    private static int share(int total, int holders, int i) {
        return total / holders + (i < total % holders ? 1 : 0);
    }

    private static BigDecimal money(Random random, int from, int to) {
        long fen = (long) from * 100 + (long) (random.nextDouble() * ((long) (to - from) * 100));
        return BigDecimal.valueOf(fen, 2).setScale(2, RoundingMode.UNNECESSARY);
    }

    static MadeCase make(CaseSpec spec, FraudlinkClient.Session bureau) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", spec.type());
        body.put("title", title(spec));
        body.put("region", spec.region());
        body.put("occurredAt", spec.reportedAt().minus(Duration.ofHours(3)).toString());
        body.put("reportedAt", spec.reportedAt().toString());
        body.put("lossAmount", spec.loss());
        body.put("victimCount", spec.type().equals("CARD_TRAFFICKING") ? 0 : 1);
        body.put("tags", spec.tags());
        JsonNode made = bureau.post("/api/v1/cases", body);
        String id = made.path("id").asText();
        String path = "/api/v1/cases/" + id;
        bureau.post(path + "/identifiers", Map.of("kind", "BANK_ACCOUNT",
                "value", String.format("6222%015d", spec.index()), "role", "RECEIVING_ACCOUNT"));
        bureau.post(path + "/transitions", Map.of("to", "FILED", "reason", "evidence of fraud",
                "at", spec.filedAt().toString()));
        for (int s = 0; s < spec.suspects(); s++) {
            bureau.post(path + "/suspects", Map.of("name", "嫌疑人" + spec.index() + "-" + s, "status", "ARRESTED",
                    "arrestedAt", spec.during(0.5).toString()));
        }
        for (int g = 0; g < spec.gangs(); g++) {
            bureau.post(path + "/gangs", Map.of("name", "贩卡团伙 " + spec.index() + "-" + g,
                    "dismantledAt", spec.during(0.6).toString()));
        }
        for (int d = 0; d < spec.dens(); d++) {
            bureau.post(path + "/dens", Map.of("location", "窝点 " + spec.index() + "-" + d, "region", spec.region(),
                    "destroyedAt", spec.during(0.7).toString()));
        }
        bureau.post(path + "/transitions", Map.of("to", "SOLVED", "reason", "suspects identified",
                "at", spec.solvedAt().toString()));
        return new MadeCase(made.path("number").asText(), spec.city(), spec.solvedAt());
    }

    private static String title(CaseSpec spec) {
        return switch (spec.type()) {
            case "LOAN" -> "网络贷款诈骗";
            case "ORDER_BRUSHING" -> "刷单返利诈骗";
            case "PIG_BUTCHERING" -> "杀猪盘（婚恋交友投资）诈骗";
            case "FAKE_CUSTOMER_SERVICE" -> "冒充电商物流客服诈骗";
            case "IMPERSONATING_AUTHORITY" -> "冒充公检法诈骗";
            case "INVESTMENT" -> "虚假投资理财诈骗";
            case "CARD_TRAFFICKING" -> "非法买卖两卡";
            default -> "其他电信网络诈骗";
        } + " #" + spec.index();
    }
}
