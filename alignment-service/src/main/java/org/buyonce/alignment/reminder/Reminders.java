package org.buyonce.alignment.reminder;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.buyonce.alignment.dashboard.Dashboard;
import org.buyonce.alignment.projection.ContractProjection;
import org.buyonce.alignment.repository.ProjectionRepository;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * Sends the reminders: each owner's, at each stage of each deadline of their contracts, and each council's weekly
 * digest. Each is claimed in the database before it is sent (see {@link ReminderStore}); one the SMTP server does not
 * take is released and sent on the next run.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);

    /** What a digest sent on demand answers. */
    public record DigestSent(String council, String recipient, List<Dashboard.Decision> items) {
    }

    private final ProjectionRepository projections;
    private final ReminderStore store;
    private final ReminderMails mails;
    private final Digests digests;
    private final Mailboxes mailboxes;
    private final MailSwitch mail;
    private final Mailer mailer;
    private final MeterRegistry meters;
    private final Clock clock;

    public Reminders(ProjectionRepository projections, ReminderStore store, ReminderMails mails, Digests digests, Mailboxes mailboxes,
            MailSwitch mail, Mailer mailer, MeterRegistry meters, Clock clock) {
        this.projections = projections;
        this.store = store;
        this.mails = mails;
        this.digests = digests;
        this.mailboxes = mailboxes;
        this.mail = mail;
        this.mailer = mailer;
        this.meters = meters;
        this.clock = clock;
        for (String kind : new String[] {"owner", "digest"}) { // exposed from the start, so an alert on them has a series
            meters.counter("buyonce.reminders.sent", "kind", kind);
            meters.counter("buyonce.reminders.failed", "kind", kind);
        }
    }

    /**
     * The owners' reminders due today and not sent yet; returns how many went out. Never for a deadline that had already
     * passed when this service first heard of the contract; always to the owner named now.
     */
    @ActivateRequestContext
    public int remindOwners() {
        if (!mail.on()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (ContractProjection contract : projections.withOwners()) {
            for (ContractDeadlines.Deadline deadline : ContractDeadlines.of(contract)) {
                Optional<Stage> stage = Stage.of(deadline.date(), today);
                if (stage.isEmpty() || deadline.date().isBefore(contract.firstSeenOn)) {
                    continue;
                }
                if (!store.claim(contract.id, deadline.key(), stage.get(), contract.ownerEmail, Instant.now(clock))) {
                    continue; // sent already, or another replica is sending it
                }
                if (send("owner", mails.owner(contract, deadline, today))) {
                    store.sent(contract.id, deadline.key(), stage.get(), Instant.now(clock));
                    sent++;
                } else {
                    store.release(contract.id, deadline.key(), stage.get());
                }
            }
        }
        return sent;
    }

    /** This week's digest of every council with a mailbox, unless sent already (by this replica or another). */
    @ActivateRequestContext
    public int weeklyDigests() {
        if (!mail.on()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int sent = 0;
        for (var mailbox : mailboxes.all().entrySet()) {
            if (!store.claimDigest(mailbox.getKey(), week, Instant.now(clock))) {
                continue;
            }
            if (send("digest", mails.digest(mailbox.getKey(), mailbox.getValue(), digests.of(mailbox.getKey(), today), today))) {
                store.digestSent(mailbox.getKey(), week, Instant.now(clock));
                sent++;
            } else {
                store.releaseDigest(mailbox.getKey(), week);
            }
        }
        return sent;
    }

    /** A council's digest now, as an admin asks; empty when the SMTP server did not take it. */
    public Optional<DigestSent> digestNow(String council, String mailbox) {
        LocalDate today = LocalDate.now(clock);
        List<Dashboard.Decision> items = digests.of(council, today);
        return send("digest", mails.digest(council, mailbox, items, today)) ? Optional.of(new DigestSent(council, mailbox, items))
                : Optional.empty();
    }

    private boolean send(String kind, Mail message) {
        try {
            mailer.send(message);
            meters.counter("buyonce.reminders.sent", "kind", kind).increment();
            return true;
        } catch (RuntimeException e) {
            meters.counter("buyonce.reminders.failed", "kind", kind).increment();
            LOG.warnf("the SMTP server did not take the %s mail to %s (%s); it is tried again on the next run", kind,
                    message.getTo(), e.getMessage());
            return false;
        }
    }
}
