package org.buyonce.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The next offset to read per partition, kept in the service's own database next to its projection. */
@ApplicationScoped
public class ConsumerPositions {

    private final EntityManager entityManager;

    public ConsumerPositions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records that the record at this offset has been handled; part of the handler's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(String topic, int partition, long handledOffset) {
        // Naming the table spares Hibernate flushing the projection's pending changes first: they are written at commit.
        entityManager.createNativeQuery("""
                        INSERT INTO consumer_position (topic, partition, next_offset) VALUES (:topic, :partition, :next)
                        ON CONFLICT (topic, partition) DO UPDATE SET next_offset = GREATEST(consumer_position.next_offset, EXCLUDED.next_offset)""")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("consumer_position")
                .setParameter("topic", topic).setParameter("partition", partition).setParameter("next", handledOffset + 1)
                .executeUpdate();
    }

    /** Partition to next offset; a partition that is missing is read from its beginning. */
    @Transactional
    public Map<Integer, Long> of(String topic) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT partition, next_offset FROM consumer_position WHERE topic = :topic")
                .setParameter("topic", topic).getResultList();
        Map<Integer, Long> positions = new HashMap<>();
        for (Object[] row : rows) {
            positions.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        return positions;
    }

    /** Forgets every position, so that the next start reads all topics from their beginning. */
    @Transactional
    public void forgetAll() {
        entityManager.createNativeQuery("DELETE FROM consumer_position").executeUpdate();
    }
}
