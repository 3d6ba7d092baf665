package org.fraudlink.alerts.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * registry-service as alert-service sees it over the network, for tests: the token endpoint, the jurisdictions of
 * Inner Mongolia's test units and the organisation directory. {@code POST /stub/down} and {@code /stub/up} switch it
 * to answering 503, as a registry-service that is down would. Its address is in the system property
 * {@value #URL_PROPERTY}.
 */
public class RegistryStub implements QuarkusTestResourceLifecycleManager {

    public static final String URL_PROPERTY = "fraudlink.test.registry-stub";

    /** Chains by region prefix, longest first; a region matches the first prefix it starts with. */
    private static final List<Map.Entry<String, String>> CHAINS = List.of(
            Map.entry("150102", "HOHHOT-XINCHENG-PSB,HOHHOT-PSB,NMG-PSD"),
            Map.entry("1501", "HOHHOT-PSB,NMG-PSD"),
            Map.entry("1502", "BAOTOU-PSB,NMG-PSD"),
            Map.entry("15", "NMG-PSD"));

    private static final Map<String, String[]> ORGANISATIONS = Map.ofEntries(
            Map.entry("NMG-PSD", new String[] {"POLICE", "150000", "ACTIVE"}),
            Map.entry("HOHHOT-PSB", new String[] {"POLICE", "150100", "ACTIVE"}),
            Map.entry("HOHHOT-XINCHENG-PSB", new String[] {"POLICE", "150102", "ACTIVE"}),
            Map.entry("BAOTOU-PSB", new String[] {"POLICE", "150200", "ACTIVE"}),
            Map.entry("BANK-A", new String[] {"BANK", "150000", "ACTIVE"}),
            Map.entry("BANK-B", new String[] {"BANK", "150000", "ACTIVE"}),
            Map.entry("BANK-FRESH", new String[] {"BANK", "150000", "ACTIVE"}),
            Map.entry("PAY-A", new String[] {"PAYMENT", "150000", "ACTIVE"}),
            Map.entry("TEL-A", new String[] {"TELECOM", "150000", "ACTIVE"}),
            Map.entry("NET-A", new String[] {"INTERNET", "150000", "ACTIVE"}),
            Map.entry("BANK-SUSPENDED", new String[] {"BANK", "150000", "SUSPENDED"}));

    private final AtomicBoolean down = new AtomicBoolean();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::answer);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        System.setProperty(URL_PROPERTY, url);
        return Map.of(
                "quarkus.rest-client.registry.url", url,
                "fraudlink.token-url", url + "/auth/token",
                "fraudlink.service-client-id", "alert-service-test",
                "fraudlink.service-client-secret", "not-a-secret");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/stub/down") || path.equals("/stub/up")) {
            down.set(path.endsWith("down"));
            send(exchange, 204, "");
        } else if (down.get()) {
            send(exchange, 503, "{}");
        } else if (!path.equals("/auth/token")
                && !"Bearer stub-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            // like registry-service, refuse a call without the service token
            send(exchange, 401, "{}");
        } else if (path.equals("/auth/token")) {
            send(exchange, 200, "{\"access_token\":\"stub-token\",\"token_type\":\"Bearer\",\"expires_in\":900}");
        } else if (path.startsWith("/api/v1/registry/jurisdictions/")) {
            String region = path.substring(path.lastIndexOf('/') + 1);
            String chain = CHAINS.stream().filter(e -> region.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (chain == null) {
                send(exchange, 404, "{}");
                return;
            }
            StringBuilder units = new StringBuilder();
            for (String code : chain.split(",")) {
                units.append(units.length() == 0 ? "" : ",").append(organisation(code));
            }
            send(exchange, 200, "{\"region\":\"" + region + "\",\"unit\":" + organisation(chain.split(",")[0])
                    + ",\"chain\":[" + units + "]}");
        } else if (path.startsWith("/api/v1/registry/orgs/")) {
            String code = path.substring(path.lastIndexOf('/') + 1);
            send(exchange, ORGANISATIONS.containsKey(code) ? 200 : 404,
                    ORGANISATIONS.containsKey(code) ? organisation(code) : "{}");
        } else {
            send(exchange, 404, "{}");
        }
    }

    private static String organisation(String code) {
        String[] o = ORGANISATIONS.get(code);
        return "{\"code\":\"%s\",\"name\":\"%s\",\"type\":\"%s\",\"region\":\"%s\",\"status\":\"%s\"}"
                .formatted(code, code, o[0], o[1], o[2]);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }
}
