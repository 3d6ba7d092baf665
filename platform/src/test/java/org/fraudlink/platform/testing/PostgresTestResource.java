package org.fraudlink.platform.testing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Gives a module's tests a real PostgreSQL, on any machine:
 * <ol>
 * <li>the database named by {@code QUARKUS_DATASOURCE_JDBC_URL}, if that is set (used as it is);</li>
 * <li>else the PostgreSQL on 127.0.0.1:5432, if it answers: the module's test database is dropped and created
 * afresh, so every run starts empty;</li>
 * <li>else an embedded PostgreSQL (real binaries from Maven Central) on a free port.</li>
 * </ol>
 * Set {@code FRAUDLINK_TEST_DB_SUFFIX} (e.g. {@code _wt1}) to test two checkouts of one module side by side.
 * Declare it once per module with the database name:
 * {@code @QuarkusTestResource(value = PostgresTestResource.class,
 * initArgs = @ResourceArg(name = "database", value = "fraudlink_cases_test"))}.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String LOCAL_USER = "postgres";

    private static EmbeddedPostgres embedded;

    private String database = "fraudlink_test";

    @Override
    public void init(Map<String, String> initArgs) {
        // FRAUDLINK_TEST_DB_SUFFIX keeps two checkouts testing the same module on one server apart
        database = initArgs.getOrDefault("database", database)
                + System.getenv().getOrDefault("FRAUDLINK_TEST_DB_SUFFIX", "");
    }

    @Override
    public Map<String, String> start() {
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return Map.of();
        }
        String server = localServerAnswers() ? LOCAL_SERVER : embeddedServer();
        recreate(server, database);
        return Map.of(
                "quarkus.datasource.jdbc.url", server + database,
                "quarkus.datasource.username", LOCAL_USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // the embedded server, if any, lives as long as the JVM: several test classes reuse it
    }

    private static boolean localServerAnswers() {
        DriverManager.setLoginTimeout(2);
        try (Connection ignored = DriverManager.getConnection(LOCAL_SERVER + "postgres", credentials())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static synchronized String embeddedServer() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestResource::closeEmbedded));
            } catch (IOException e) {
                throw new IllegalStateException("no PostgreSQL on 127.0.0.1:5432 and the embedded one did not start",
                        e);
            }
        }
        return "jdbc:postgresql://localhost:" + embedded.getPort() + "/";
    }

    private static void closeEmbedded() {
        try {
            embedded.close();
        } catch (IOException e) {
            // the JVM is going away anyway
        }
    }

    private static void recreate(String server, String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("unsafe database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(server + "postgres", credentials());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("the test database " + database + " could not be created", e);
        }
    }

    private static Properties credentials() {
        Properties properties = new Properties();
        properties.setProperty("user", LOCAL_USER);
        properties.setProperty("password", "");
        return properties;
    }
}
