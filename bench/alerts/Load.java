import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The alert-service benchmark's load generator and registry stand-in (JDK only: {@code java bench/alerts/Load.java
 * ...}). Closed loop: N workers each send one request at a time for the given seconds; it prints throughput and
 * latency percentiles, after {@code WARMUP} seconds (60) of the same load.
 * <pre>
 *   registry PORT KEY_PEM                 registry-service stand-in: token endpoint, jurisdictions, directory
 *   batch    URL CONCURRENCY SECONDS KEY_PEM [ITEMS]  POST /api/v1/warnings/batch, ITEMS (1000) warnings per request
 *   stop     URL CONCURRENCY SECONDS KEY_PEM          a police unit issues a stop-payment to BANK-A; the time until
 *                                                     BANK-A reads it (GET /api/v1/interventions/{id} answers 200)
 * </pre>
 * Single intake is measured with wrk ({@code single-warning.lua}), a C client like pgbench beside it.
 * Tokens are signed with the given private key (the test key pair); the service under test trusts its public half
 * and the issuer {@code fraudlink-bench}.
 */
public class Load {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        if (mode.equals("registry")) {
            Registry.serve(Integer.parseInt(args[1]), key(Path.of(args[2])));
            return;
        }
        String url = args[1];
        int concurrency = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        PrivateKey key = key(Path.of(args[4]));
        int items = args.length > 5 ? Integer.parseInt(args[5]) : 1000;
        Tokens tokens = new Tokens(token(key, "partner", "BANK-A", "BANK", "150000"),
                token(key, "police", "HOHHOT-PSB", "POLICE", "150100"));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        // warm-up: JIT, connection pools, the registry cache; WARMUP seconds (default 60: on two cores the JIT
        // compiler competes with the load for a minute or two, see bench/lib.sh)
        int warmup = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "60"));
        run(client, mode, url, tokens, items, concurrency, warmup, new ArrayList<>(), new AtomicLong());
        List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        run(client, mode, url, tokens, items, concurrency, seconds, latencies, errors);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).filter(v -> v > 0).sorted().toArray();
        int perRequest = mode.equals("batch") ? items : 1;
        System.out.printf("mode=%s concurrency=%d seconds=%.1f requests=%d errors=%d requests/s=%.1f warnings/s=%s "
                + "p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms%n", mode, concurrency, elapsed, all.length,
                errors.get(), all.length / elapsed,
                mode.equals("stop") ? "-" : "%.1f".formatted(all.length * perRequest / elapsed),
                pct(all, 50), pct(all, 90), pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    record Tokens(String partner, String police) {
    }

    private static void run(HttpClient client, String mode, String url, Tokens tokens, int items, int concurrency,
            int seconds, List<long[]> latencies, AtomicLong errors) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        for (int w = 0; w < concurrency; w++) {
            pool.submit(() -> {
                long[] mine = new long[2_000_000];
                int n = 0;
                while (System.nanoTime() < deadline && n < mine.length) {
                    long t0 = System.nanoTime();
                    try {
                        boolean ok = mode.equals("stop") ? stopPaymentVisible(client, url, tokens, errors)
                                : send(client, post(url + "/api/v1/warnings/batch", tokens.partner(), batch(items)),
                                        errors) != null;
                        if (ok) {
                            mine[n++] = System.nanoTime() - t0;
                        }
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3) {
                            System.err.println(e);
                        }
                    }
                }
                latencies.add(Arrays.copyOf(mine, n));
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
    }

    /** Issue as the police unit, then read as the bank until it answers 200: the order is visible to the bank. */
    private static boolean stopPaymentVisible(HttpClient client, String url, Tokens tokens, AtomicLong errors)
            throws Exception {
        String account = "6222" + ThreadLocalRandom.current().nextLong(100_000_000_000_000L, 999_999_999_999_999L);
        String body = """
                {"kind":"STOP_PAYMENT","targetOrg":"BANK-A","caseNumber":"150100-2026-000001",\
                "subject":{"kind":"BANK_ACCOUNT","value":"%s"},"amount":50000.00,\
                "legalBasis":"Anti-Telecom and Online Fraud Law, art. 20"}""".formatted(account);
        String created = send(client, post(url + "/api/v1/interventions", tokens.police(), body), errors);
        if (created == null) {
            return false;
        }
        Matcher id = ID.matcher(created);
        if (!id.find()) {
            return false;
        }
        HttpRequest read = HttpRequest.newBuilder(URI.create(url + "/api/v1/interventions/" + id.group(1)))
                .header("Authorization", "Bearer " + tokens.partner()).GET().build();
        for (int attempt = 0; attempt < 1000; attempt++) {
            if (client.send(read, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                return true;
            }
        }
        return false;
    }

    private static String send(HttpClient client, HttpRequest request, AtomicLong errors) throws Exception {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 == 2) {
            return response.body();
        }
        if (errors.incrementAndGet() <= 3) {
            System.err.println(response.statusCode() + " " + response.body());
        }
        return null;
    }

    private static HttpRequest post(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String warning() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return """
                {"externalId":"%s","sourceKind":"BANK_RISK_MONITOR",\
                "victim":{"phone":"138%08d","region":"150102"},\
                "indicators":[{"kind":"PHONE","value":"170%08d"},{"kind":"BANK_ACCOUNT","value":"6222%015d"}],\
                "observedAt":"%s","riskHint":"MEDIUM"}""".formatted(UUID.randomUUID(),
                random.nextInt(100_000_000), random.nextInt(100_000_000), random.nextLong(1_000_000_000_000_000L),
                Instant.now().minusSeconds(60));
    }

    private static String batch(int items) {
        StringBuilder body = new StringBuilder(items * 260).append("{\"items\":[");
        for (int i = 0; i < items; i++) {
            body.append(i == 0 ? "" : ",").append(warning());
        }
        return body.append("]}").toString();
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static PrivateKey key(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    /** An RS256 token (kid test-key) valid for an hour. */
    static String token(PrivateKey key, String role, String org, String orgType, String region) throws Exception {
        long now = Instant.now().getEpochSecond();
        String claims = ("{\"iss\":\"fraudlink-bench\",\"sub\":\"bench-%s\",\"aud\":\"fraudlink\",\"iat\":%d,"
                + "\"exp\":%d,\"jti\":\"%s\",\"groups\":[\"%s\"],\"org\":\"%s\",\"org_type\":\"%s\","
                + "\"region\":\"%s\"}").formatted(role, now, now + 3600, UUID.randomUUID(), role, org, orgType,
                region);
        String input = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"test-key\"}") + "." + b64(claims);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * registry-service as alert-service sees it: the token endpoint (a {@code service} token), the jurisdictions
     * of Inner Mongolia (longest prefix, docs/service-apis.md) and a few directory entries. It keeps the benchmark
     * about alert-service alone.
     */
    static final class Registry {

        private static final String XINCHENG = unit("HOHHOT-XINCHENG-PSB", "150102", "HOHHOT-PSB");
        private static final String HOHHOT = unit("HOHHOT-PSB", "150100", "NMG-PSD");
        private static final String PROVINCE = unit("NMG-PSD", "150000", null);
        private static final Map<String, String> ORGS = Map.of("BANK-A", org("BANK-A", "BANK"),
                "BANK-B", org("BANK-B", "BANK"), "PAY-A", org("PAY-A", "PAYMENT"), "TEL-A", org("TEL-A", "TELECOM"),
                "NET-A", org("NET-A", "INTERNET"));

        static void serve(int port, PrivateKey key) throws Exception {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/auth/token", exchange -> {
                try {
                    respond(exchange, 200, "{\"access_token\":\"" + token(key, "service", "JMO", "REGULATOR",
                            "000000") + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
                } catch (Exception e) {
                    respond(exchange, 500, "{}");
                }
            });
            server.createContext("/api/v1/registry/jurisdictions/", Registry::jurisdiction);
            server.createContext("/api/v1/registry/orgs/", exchange -> {
                String org = ORGS.get(last(exchange));
                respond(exchange, org == null ? 404 : 200, org == null ? "{}" : org);
            });
            server.start();
            System.out.println("registry stand-in on port " + port);
        }

        private static void jurisdiction(HttpExchange exchange) throws IOException {
            String region = last(exchange);
            List<String> chain;
            if (region.equals("150102")) {
                chain = List.of(XINCHENG, HOHHOT, PROVINCE);
            } else if (region.startsWith("1501")) {
                chain = List.of(HOHHOT, PROVINCE);
            } else if (region.startsWith("15")) {
                chain = List.of(PROVINCE);
            } else {
                respond(exchange, 404, "{}");
                return;
            }
            respond(exchange, 200, "{\"region\":\"%s\",\"unit\":%s,\"chain\":[%s]}"
                    .formatted(region, chain.get(0), String.join(",", chain)));
        }

        private static String unit(String code, String region, String parent) {
            return ("{\"code\":\"%s\",\"name\":\"%s\",\"type\":\"POLICE\",\"region\":\"%s\",\"status\":\"ACTIVE\","
                    + "\"parentCode\":%s}").formatted(code, code, region, parent == null ? "null" : '"' + parent + '"');
        }

        private static String org(String code, String type) {
            return ("{\"code\":\"%s\",\"name\":\"%s\",\"type\":\"%s\",\"region\":\"150000\",\"status\":\"ACTIVE\","
                    + "\"parentCode\":null}").formatted(code, code, type);
        }

        private static String last(HttpExchange exchange) {
            String path = exchange.getRequestURI().getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }

        private static void respond(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
