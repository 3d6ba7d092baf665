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
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load generator for case-service (JDK only: {@code java bench/cases/Load.java ...}). N workers each
 * send one request at a time for the given seconds; it prints throughput and latency percentiles.
 * <pre>
 *   create URL CONCURRENCY SECONDS KEY_PEM      POST /api/v1/cases (with an Idempotency-Key each)
 *   get    URL CONCURRENCY SECONDS KEY_PEM FILE GET the paths listed in FILE, picked at random
 * </pre>
 * Each run is preceded by {@code WARMUP} seconds (default 15) of the same load, not counted.
 * Tokens are signed with the given private key (the test key pair; the service under test must trust its public
 * half and issuer {@code fraudlink-bench}).
 */
public class Load {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String url = args[1];
        int concurrency = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        String token = token(Path.of(args[4]));
        List<String> paths = mode.equals("get") ? Files.readAllLines(Path.of(args[5])) : List.of();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        // warm-up (JIT, connection pools), WARMUP seconds, default 15: a cold JVM measures the interpreter
        int warmup = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "15"));
        run(client, mode, url, token, paths, concurrency, warmup, new ArrayList<>(), new AtomicLong());
        List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        run(client, mode, url, token, paths, concurrency, seconds, latencies, errors);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).filter(v -> v > 0).sorted().toArray();
        System.out.printf("mode=%s concurrency=%d seconds=%.1f requests=%d errors=%d throughput=%.1f/s "
                + "p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms%n", mode, concurrency, elapsed, all.length,
                errors.get(), all.length / elapsed, pct(all, 50), pct(all, 90), pct(all, 99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    private static void run(HttpClient client, String mode, String url, String token, List<String> paths,
            int concurrency, int seconds, List<long[]> latencies, AtomicLong errors) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        for (int w = 0; w < concurrency; w++) {
            pool.submit(() -> {
                long[] mine = new long[2_000_000];
                int n = 0;
                while (System.nanoTime() < deadline && n < mine.length) {
                    HttpRequest request = request(mode, url, token, paths);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - t0;
                        if (response.statusCode() / 100 == 2) {
                            mine[n++] = took;
                        } else if (errors.incrementAndGet() <= 3) {
                            System.err.println(response.statusCode() + " " + response.body());
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                latencies.add(java.util.Arrays.copyOf(mine, n));
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static HttpRequest request(String mode, String url, String token, List<String> paths) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (mode.equals("create")) {
            String body = """
                    {"type":"LOAN","title":"Bench loan app case","region":"150102",\
                    "reportedAt":"2026-03-01T08:00:00Z","lossAmount":%d.%02d,"tags":["BENCH"]}"""
                    .formatted(random.nextInt(1_000_000), random.nextInt(100));
            return HttpRequest.newBuilder(URI.create(url + "/api/v1/cases"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }
        return HttpRequest.newBuilder(URI.create(url + paths.get(random.nextInt(paths.size()))))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /** A task-force token of the provincial department, valid for an hour, RS256 with kid test-key. */
    private static String token(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"test-key\"}";
        String claims = ("{\"iss\":\"fraudlink-bench\",\"sub\":\"bench\",\"aud\":\"fraudlink\",\"iat\":%d,"
                + "\"exp\":%d,\"jti\":\"%s\",\"groups\":[\"task-force\"],\"org\":\"NMG-PSD\","
                + "\"org_type\":\"POLICE\",\"region\":\"150000\"}").formatted(now, now + 3600, UUID.randomUUID());
        String input = b64(header) + "." + b64(claims);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
