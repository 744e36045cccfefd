package org.buyonce.alignment.reminder;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;
import org.jboss.logging.Logger;

/**
 * Whether mail goes out at all: only to an SMTP host an operator named ({@code QUARKUS_MAILER_HOST}); the mailer's own
 * default, localhost, does not count. Said once at start.
 */
@ApplicationScoped
public class MailSwitch {

    private static final Logger LOG = Logger.getLogger(MailSwitch.class);

    private final boolean on;
    private final String host;

    public MailSwitch() {
        ConfigValue value = ConfigProvider.getConfig().getConfigValue("quarkus.mailer.host");
        boolean mock = ConfigProvider.getConfig().getOptionalValue("quarkus.mailer.mock", Boolean.class).orElse(false);
        host = value.getValue();
        on = mock || (host != null && !host.isBlank() && value.getSourceName() != null
                && !value.getSourceName().toLowerCase(java.util.Locale.ROOT).contains("default"));
    }

    void sayOnce(@Observes StartupEvent start) {
        if (on) {
            LOG.infof("reminders by email: on, through the SMTP server at %s", host);
        } else {
            LOG.info("reminders by email: off, no SMTP host is configured (set QUARKUS_MAILER_HOST and the other "
                    + "QUARKUS_MAILER_* settings to send the weekly digests and the owners' reminders)");
        }
    }

    public boolean on() {
        return on;
    }
}
