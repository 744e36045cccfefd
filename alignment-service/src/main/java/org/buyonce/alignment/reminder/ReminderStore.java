package org.buyonce.alignment.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The reminders and digests sent, each claimed in its own committed transaction before it is sent, and marked sent
 * after: of two replicas (or two runs) only the one whose claim wrote the row sends it. A claim not marked sent within
 * the lease (the sender crashed, or the SMTP server refused it and the release failed too) may be claimed again, so a
 * crash after the SMTP server took a message and before it was marked sends it once more: never lost, at worst twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReminderStore {

    static final Duration LEASE = Duration.ofMinutes(15);

    private final EntityManager entities;

    public ReminderStore(EntityManager entities) {
        this.entities = entities;
    }

    boolean claim(UUID contract, String deadline, Stage stage, String recipient, Instant now) {
        return entities.createNativeQuery("""
                INSERT INTO reminder (contract_id, deadline, stage, recipient, claimed_at) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (contract_id, deadline, stage) DO UPDATE SET recipient = EXCLUDED.recipient, claimed_at = EXCLUDED.claimed_at
                WHERE reminder.sent_at IS NULL AND reminder.claimed_at < ?6""")
                .setParameter(1, contract).setParameter(2, deadline).setParameter(3, stage.name()).setParameter(4, recipient)
                .setParameter(5, now).setParameter(6, now.minus(LEASE)).executeUpdate() == 1;
    }

    void sent(UUID contract, String deadline, Stage stage, Instant now) {
        entities.createNativeQuery("UPDATE reminder SET sent_at = ?4 WHERE contract_id = ?1 AND deadline = ?2 AND stage = ?3")
                .setParameter(1, contract).setParameter(2, deadline).setParameter(3, stage.name()).setParameter(4, now).executeUpdate();
    }

    /** The SMTP server did not take it: the next run tries again. */
    void release(UUID contract, String deadline, Stage stage) {
        entities.createNativeQuery("DELETE FROM reminder WHERE contract_id = ?1 AND deadline = ?2 AND stage = ?3 AND sent_at IS NULL")
                .setParameter(1, contract).setParameter(2, deadline).setParameter(3, stage.name()).executeUpdate();
    }

    boolean claimDigest(String council, LocalDate week, Instant now) {
        return entities.createNativeQuery("""
                INSERT INTO digest (council, week, claimed_at) VALUES (?1, ?2, ?3)
                ON CONFLICT (council, week) DO UPDATE SET claimed_at = EXCLUDED.claimed_at
                WHERE digest.sent_at IS NULL AND digest.claimed_at < ?4""")
                .setParameter(1, council).setParameter(2, week).setParameter(3, now).setParameter(4, now.minus(LEASE))
                .executeUpdate() == 1;
    }

    void digestSent(String council, LocalDate week, Instant now) {
        entities.createNativeQuery("UPDATE digest SET sent_at = ?3 WHERE council = ?1 AND week = ?2")
                .setParameter(1, council).setParameter(2, week).setParameter(3, now).executeUpdate();
    }

    void releaseDigest(String council, LocalDate week) {
        entities.createNativeQuery("DELETE FROM digest WHERE council = ?1 AND week = ?2 AND sent_at IS NULL")
                .setParameter(1, council).setParameter(2, week).executeUpdate();
    }
}
