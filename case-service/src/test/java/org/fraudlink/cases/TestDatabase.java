package org.fraudlink.cases;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import org.fraudlink.platform.testing.PostgresTestResource;
import org.fraudlink.platform.testing.SubscriberStub;

/**
 * The real PostgreSQL database every test of this module runs against, and alert-service's stand-in receiving
 * IdentifierConfirmed (subscriber {@code alerts}, as in production).
 */
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "fraudlink_cases_test"))
@QuarkusTestResource(value = SubscriberStub.class, initArgs = {
        @ResourceArg(name = "subscriber", value = "alerts"),
        @ResourceArg(name = "types", value = "IdentifierConfirmed")})
public class TestDatabase {
}
