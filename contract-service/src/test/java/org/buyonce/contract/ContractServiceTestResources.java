package org.buyonce.contract;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.buyonce.testing.JwtKeysResource;
import org.buyonce.testing.KafkaBrokerResource;
import org.buyonce.testing.KeycloakResource;
import org.buyonce.testing.PostgresDatabaseResource;

/**
 * The real infrastructure every test of this service runs against: its own PostgreSQL database, a Kafka broker, the
 * local token keys, and Keycloak with a realm per council (the sign-in tests).
 */
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "buyonce_contract_test"))
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtKeysResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
public final class ContractServiceTestResources {

    private ContractServiceTestResources() {
    }
}
