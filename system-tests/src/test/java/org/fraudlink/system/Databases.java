package org.fraudlink.system;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server the services run against: the one on 127.0.0.1:5432 when it answers, else an embedded one
 * (real PostgreSQL binaries), as in every module's tests. Each run starts from freshly created databases.
 */
final class Databases implements AutoCloseable {

    private static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    static final String USER = "postgres";

    private final String server;
    private final EmbeddedPostgres embedded;

    private Databases(String server, EmbeddedPostgres embedded) {
        this.server = server;
        this.embedded = embedded;
    }

    static Databases open() throws IOException {
        DriverManager.setLoginTimeout(2);
        try (Connection ignored = DriverManager.getConnection(LOCAL_SERVER + "postgres", USER, "")) {
            return new Databases(LOCAL_SERVER, null);
        } catch (SQLException noLocalServer) {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            return new Databases("jdbc:postgresql://localhost:" + embedded.getPort() + "/", embedded);
        }
    }

    /** Drops and creates {@code name}; answers its JDBC URL. */
    String recreate(String name) throws SQLException {
        String database = name + System.getenv().getOrDefault("FRAUDLINK_TEST_DB_SUFFIX", "");
        try (Connection connection = DriverManager.getConnection(server + "postgres", USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        }
        return server + database;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
