package org.fraudlink.platform.db;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Creates and migrates the platform's tables (idempotency keys, audit chain, outbox, inbox) in their own schema
 * {@code platform}, with a Flyway history of their own, so they never collide with a service's migrations.
 * Flyway takes a database lock, so several replicas starting together are safe.
 */
@ApplicationScoped
public class PlatformSchema {

    public static final String SCHEMA = "platform";

    @Inject
    AgroalDataSource dataSource;

    private volatile boolean ready;

    void migrate(@Observes @Priority(1) StartupEvent event) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .createSchemas(true)
                .table("platform_schema_history")
                .locations("classpath:db/platform")
                .load()
                .migrate();
        ready = true;
    }

    /** Whether the tables exist yet; background jobs wait for it. */
    public boolean isReady() {
        return ready;
    }
}
