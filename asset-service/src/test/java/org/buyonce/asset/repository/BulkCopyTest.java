package org.buyonce.asset.repository;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.buyonce.commons.jdbc.BulkCopy;
import org.buyonce.commons.jdbc.CopyRows;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The import's bulk path on the real database: its rows are the transaction's, and a broken key fails as Hibernate's would. */
@QuarkusTest
class BulkCopyTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Test
    void rowsCopiedInATransactionAreItsOwnAndRollBackWithIt() {
        String key = "bulk-" + UUID.randomUUID();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            try (BulkCopy bulk = BulkCopy.open(dataSource, entityManager)) {
                for (int batch = 0; batch < 5; batch++) {
                    CopyRows rows = outboxRows();
                    for (int n = 0; n < 100; n++) {
                        rows.add(UUID.randomUUID()).add("bulk-copy-test").add(key).add("test").endRow();
                    }
                    bulk.copy(rows);
                }
                bulk.finish();
            }
            assertThat(eventsWithKey(key)).as("seen by Hibernate in the same transaction").isEqualTo(500);
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");

        assertThat(QuarkusTransaction.requiringNew().call(() -> eventsWithKey(key))).as("after the rollback").isZero();
    }

    @Test
    void aKeyTakenAlreadyFailsTheCopyWithHibernatesConstraintViolation() {
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            try (BulkCopy bulk = BulkCopy.open(dataSource, entityManager)) {
                CopyRows rows = outboxRows();
                rows.add(id).add("bulk-copy-test").add("a").add("test").endRow();
                rows.add(id).add("bulk-copy-test").add("b").add("test").endRow();
                bulk.copy(rows);

                assertThatThrownBy(bulk::finish).isInstanceOf(ConstraintViolationException.class)
                        .extracting(e -> ((ConstraintViolationException) e).getConstraintName()).isEqualTo("outbox_event_pkey");
                CopyRows more = outboxRows();
                more.add(UUID.randomUUID()).add("bulk-copy-test").add("c").add("test").endRow();
                assertThatThrownBy(() -> bulk.copy(more)).as("the first failure, again").isInstanceOf(ConstraintViolationException.class);
            }
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");
    }

    private static CopyRows outboxRows() {
        return CopyRows.into("outbox_event", "id", "aggregatetype", "aggregateid", "type");
    }

    private long eventsWithKey(String key) {
        return ((Number) entityManager.createNativeQuery("select count(*) from outbox_event where aggregateid = ?1")
                .setParameter(1, key).getSingleResult()).longValue();
    }
}
