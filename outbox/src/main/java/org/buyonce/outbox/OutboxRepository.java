package org.buyonce.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, UUID> {

    /** Arbitrary but fixed key of the PostgreSQL advisory lock that lets one relay at a time publish. */
    private static final long RELAY_LOCK = 0x4275794f6e6365L;

    /** Takes the relay lock for the current transaction; false if another replica's relay holds it. */
    public boolean tryLockRelay() {
        return (Boolean) getEntityManager().createNativeQuery("SELECT pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK).getSingleResult();
    }

    public List<OutboxEvent> oldest(int limit) {
        return find("order by sequence").page(0, limit).list();
    }

    /** The events waiting and when the oldest was written (null if none). */
    public record Backlog(long events, Instant oldest) {
    }

    public Backlog backlog() {
        return getEntityManager().createQuery("select count(e), min(e.createdAt) from OutboxEvent e", Backlog.class).getSingleResult();
    }

    public void deleteAll(Collection<UUID> ids) {
        delete("id in ?1", ids);
    }

    public long deleteCreatedBefore(Instant cutoff) {
        return delete("createdAt < ?1", cutoff);
    }
}
