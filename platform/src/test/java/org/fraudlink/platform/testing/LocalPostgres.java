package org.fraudlink.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL of the one-command local run ({@code bin/fraudlink-local}), not used by tests.
 * <ul>
 * <li>{@code ensure <jdbc-server-url> <db>...}: creates the missing databases on a running server;</li>
 * <li>{@code embedded <port> <data-dir> <db>...}: starts an embedded PostgreSQL that keeps its data in
 * {@code data-dir} between runs, creates the missing databases, prints {@code READY}, and runs until killed.</li>
 * </ul>
 */
public final class LocalPostgres {

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ensure <jdbc-server-url> <db>... | embedded <port> <dir> <db>...");
        }
        switch (args[0]) {
            case "ensure" -> ensureDatabases(args[1], List.of(args).subList(2, args.length));
            case "embedded" -> runEmbedded(Integer.parseInt(args[1]), Path.of(args[2]),
                    List.of(args).subList(3, args.length));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static void runEmbedded(int port, Path dataDirectory, List<String> databases)
            throws IOException, SQLException, InterruptedException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                // stopping anyway
            }
        }));
        ensureDatabases("jdbc:postgresql://127.0.0.1:" + port + "/", databases);
        System.out.println("READY");
        Thread.currentThread().join();
    }

    private static void ensureDatabases(String server, List<String> databases) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", PostgresTestResource.LOCAL_USER);
        credentials.setProperty("password", "");
        try (Connection connection = DriverManager.getConnection(server + "postgres", credentials)) {
            for (String database : databases) {
                if (!database.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("unsafe database name: " + database);
                }
                if (!exists(connection, database)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("CREATE DATABASE " + database);
                    }
                    System.out.println("created database " + database);
                }
            }
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            select.setString(1, database);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }
}
