package org.fraudlink.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole suite — registry, cases, alerts and the gateway — started once per test run from the built jars, each
 * with its own fresh database, configured only through the environment exactly as deploy/ configures them. Test
 * classes declare {@code @ExtendWith(Suite.class)} and reach it through {@link #get()}.
 */
public final class Suite implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    static final String ISSUER = "fraudlink-system-test";
    static final String BOOTSTRAP_CLIENT_ID = "jmo-admin";
    static final String SERVICE_CLIENT_ID = "fraudlink-services";

    private static Suite running;

    final String bootstrapSecret = randomHex();
    final String serviceSecret = randomHex();
    final KeyPair signingKey = rsaKeyPair();

    private final List<ServiceProcess> processes = new ArrayList<>();
    private Databases databases;
    private ServiceProcess registry;
    private ServiceProcess cases;
    private ServiceProcess alerts;
    private ServiceProcess gateway;

    public static Suite get() {
        if (running == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(Suite.class)");
        }
        return running;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (Suite.class) {
            if (running == null) {
                Suite suite = new Suite();
                // the root store closes it once, after the last test class of the run
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Suite.class.getName(), suite);
                suite.start();
                running = suite;
            }
        }
    }

    String gateway() {
        return gateway.url();
    }

    /** The services' own addresses, for the checks that each service verifies tokens itself. */
    Map<String, String> services() {
        return Map.of("registry", registry.url(), "cases", cases.url(), "alerts", alerts.url());
    }

    private void start() throws Exception {
        Path root = Path.of(System.getProperty("fraudlink.root", "..")).toAbsolutePath().normalize();
        Path work = Files.createDirectories(root.resolve("system-tests/target/suite"));
        databases = Databases.open();
        Path privateKey = work.resolve("signing-key.pem");
        Files.writeString(privateKey, pem(signingKey), StandardCharsets.US_ASCII);

        int registryPort = freePort();
        int casesPort = freePort();
        int alertsPort = freePort();
        int gatewayPort = freePort();
        String registryUrl = "http://localhost:" + registryPort;
        String casesUrl = "http://localhost:" + casesPort;
        String alertsUrl = "http://localhost:" + alertsPort;
        String gatewayUrl = "http://localhost:" + gatewayPort;

        Map<String, String> common = new HashMap<>();
        common.put("MP_JWT_VERIFY_ISSUER", ISSUER);
        common.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", registryUrl + "/auth/jwks");
        common.put("FRAUDLINK_TOKEN_URL", registryUrl + "/auth/token");
        common.put("FRAUDLINK_SERVICE_CLIENT_ID", SERVICE_CLIENT_ID);
        common.put("FRAUDLINK_SERVICE_CLIENT_SECRET", serviceSecret);
        common.put("QUARKUS_DATASOURCE_USERNAME", Databases.USER);
        common.put("QUARKUS_DATASOURCE_PASSWORD", "");
        common.put("QUARKUS_REST_CLIENT_REGISTRY_URL", registryUrl);
        common.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");

        Map<String, String> registryEnv = new HashMap<>(common);
        registryEnv.put("QUARKUS_DATASOURCE_JDBC_URL", databases.recreate("fraudlink_registry_system"));
        registryEnv.put("FRAUDLINK_KEYS_CURRENT_PRIVATE", privateKey.toString());
        registryEnv.put("FRAUDLINK_CLIENTS_SECRET_KEY", randomHex());
        registryEnv.put("FRAUDLINK_SANCTIONS_HMAC_KEY", randomHex());
        registryEnv.put("FRAUDLINK_BOOTSTRAP_CLIENT_ID", BOOTSTRAP_CLIENT_ID);
        registryEnv.put("FRAUDLINK_BOOTSTRAP_CLIENT_SECRET", bootstrapSecret);
        registryEnv.put("FRAUDLINK_EVENTS_SUBSCRIBERS_ALERTS_URL", alertsUrl + "/internal/events");
        registryEnv.put("FRAUDLINK_EVENTS_SUBSCRIBERS_GATEWAY_URL", gatewayUrl + "/internal/events");

        Map<String, String> casesEnv = new HashMap<>(common);
        casesEnv.put("QUARKUS_DATASOURCE_JDBC_URL", databases.recreate("fraudlink_cases_system"));
        casesEnv.put("FRAUDLINK_CASES_HMAC_KEY", randomHex());
        casesEnv.put("FRAUDLINK_EVENTS_SUBSCRIBERS_ALERTS_URL", alertsUrl + "/internal/events");

        Map<String, String> alertsEnv = new HashMap<>(common);
        alertsEnv.put("QUARKUS_DATASOURCE_JDBC_URL", databases.recreate("fraudlink_alerts_system"));
        alertsEnv.put("FRAUDLINK_EVENTS_SUBSCRIBERS_CASES_URL", casesUrl + "/internal/events");

        Map<String, String> gatewayEnv = new HashMap<>(common);
        gatewayEnv.put("QUARKUS_REST_CLIENT_CASES_URL", casesUrl);
        gatewayEnv.put("QUARKUS_REST_CLIENT_ALERTS_URL", alertsUrl);

        // registry first: the others fetch its keys and their service token from it
        registry = launch(root, "registry-service", registryPort, registryEnv, work);
        registry.awaitReady(Duration.ofSeconds(120));
        cases = launch(root, "case-service", casesPort, casesEnv, work);
        alerts = launch(root, "alert-service", alertsPort, alertsEnv, work);
        gateway = launch(root, "gateway", gatewayPort, gatewayEnv, work);
        for (ServiceProcess process : List.of(cases, alerts, gateway)) {
            process.awaitReady(Duration.ofSeconds(120));
        }
    }

    private ServiceProcess launch(Path root, String module, int port, Map<String, String> environment, Path work)
            throws IOException {
        ServiceProcess process = ServiceProcess.start(root, module, port, environment, work);
        processes.add(process);
        return process;
    }

    @Override
    public void close() throws IOException {
        processes.forEach(ServiceProcess::stop);
        if (databases != null) {
            databases.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String randomHex() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(KeyPair keyPair) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keyPair.getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    }
}
