package org.fraudlink.registry;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import org.fraudlink.platform.testing.PostgresTestResource;
import org.fraudlink.platform.testing.SubscriberStub;

/**
 * The real PostgreSQL database every test of this module runs against, and a stub standing in for both subscribers
 * of {@code OrganisationChanged} (alerts by name, gateway through {@code %test} configuration).
 */
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "fraudlink_registry_test"))
@QuarkusTestResource(value = SubscriberStub.class,
        initArgs = {@ResourceArg(name = "subscriber", value = "alerts"),
                @ResourceArg(name = "types", value = "OrganisationChanged")})
public class TestDatabase {
}
