package org.buyonce.alignment;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.buyonce.testing.JwtKeysResource;
import org.buyonce.testing.KafkaBrokerResource;
import org.buyonce.testing.MailServerResource;
import org.buyonce.testing.PostgresDatabaseResource;

/**
 * The real infrastructure every test of this service runs against: its own PostgreSQL database, a Kafka broker, token
 * keys, an SMTP server.
 */
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "buyonce_alignment_test"))
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtKeysResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = MailServerResource.class, scope = TestResourceScope.GLOBAL)
public final class AlignmentServiceTestResources {

    private AlignmentServiceTestResources() {
    }
}
