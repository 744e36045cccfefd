package org.buyonce.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, UUID> {

    /** Arbitrary but fixed key of the PostgreSQL advisory lock that lets one relay at a time publish. */
    private static final long RELAY_LOCK = 0x4275794f6e6365L;

    /**
     * In one statement, takes the relay lock for the current transaction and deletes the oldest events, which it
     * returns in the order they were written; none if another replica's relay holds the lock. The deletion commits with
     * the caller's transaction, once the events are published; if publishing fails, it rolls back and they stay.
     */
    @SuppressWarnings("unchecked")
    public List<OutboxEvent> claimOldest(int limit) {
        List<OutboxEvent> claimed = new ArrayList<>(getEntityManager().createNativeQuery("""
                        WITH relay AS (SELECT pg_try_advisory_xact_lock(:key) AS locked)
                        DELETE FROM outbox_event WHERE id IN
                            (SELECT id FROM outbox_event WHERE (SELECT locked FROM relay) ORDER BY sequence LIMIT :limit)
                        RETURNING *""", OutboxEvent.class)
                .setParameter("key", RELAY_LOCK).setParameter("limit", limit)
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList());
        claimed.sort(Comparator.comparing(event -> event.sequence));
        return claimed;
    }

    /** The events waiting and when the oldest was written (null if none). */
    public record Backlog(long events, Instant oldest) {
    }

    public Backlog backlog() {
        return getEntityManager().createQuery("select count(e), min(e.createdAt) from OutboxEvent e", Backlog.class).getSingleResult();
    }

    public long deleteCreatedBefore(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
