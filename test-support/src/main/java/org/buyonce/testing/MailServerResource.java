package org.buyonce.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.buyonce.infra.EmbeddedMailServer;

import java.util.Map;

/**
 * Starts a real SMTP server for a Quarkus test run and points the mailer at it, with a mailbox for each council. A test
 * reads what was sent, or takes the server away, through a field annotated {@link InjectMailServer}.
 */
public class MailServerResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedMailServer server;

    @Override
    public Map<String, String> start() {
        server = new EmbeddedMailServer().start();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(server.port()),
                "quarkus.mailer.mock", "false", "quarkus.mailer.timeout", "PT10S",
                "buyonce.council-mailboxes", "CAM:procurement@cam.buyonce.test,HDC:procurement@hdc.buyonce.test",
                // The tests run the reminders themselves, at the days they choose.
                "buyonce.reminders.first-after", "PT1000H");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(InjectMailServer.class, EmbeddedMailServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
