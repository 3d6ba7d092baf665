package org.fraudlink.alerts;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import org.fraudlink.platform.testing.PostgresTestResource;

/** The real PostgreSQL database every test of this module runs against. */
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "fraudlink_alerts_test"))
public class TestDatabase {
}
