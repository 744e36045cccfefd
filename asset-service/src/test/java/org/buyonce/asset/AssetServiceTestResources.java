package org.buyonce.asset;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.buyonce.testing.JwtKeysResource;
import org.buyonce.testing.KafkaBrokerResource;
import org.buyonce.testing.PostgresDatabaseResource;

/** The real infrastructure every test of this service runs against: its own PostgreSQL database, a Kafka broker, token keys. */
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "buyonce_asset_test"))
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtKeysResource.class, scope = TestResourceScope.GLOBAL)
public final class AssetServiceTestResources {

    private AssetServiceTestResources() {
    }
}
