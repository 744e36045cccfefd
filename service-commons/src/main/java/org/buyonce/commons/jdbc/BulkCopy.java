package org.buyonce.commons.jdbc;

import io.agroal.api.AgroalDataSource;
import jakarta.persistence.EntityManager;
import org.hibernate.engine.jdbc.spi.SqlExceptionHelper;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Bulk inserts with PostgreSQL's {@code COPY ... FROM STDIN}, in the caller's transaction: the connection is the one
 * the datasource enlists in that transaction (Hibernate's too), so the rows commit or roll back with everything else it
 * wrote. The copies run on a thread of their own, in the order given, so that the caller prepares the next rows while
 * PostgreSQL loads the last ones; at most {@value #WAITING} batches wait, so memory stays flat.
 * <p>
 * Hibernate must not use the connection while a copy may be running: {@link #finish()} before a query or a flush.
 * A copy that fails (a unique key two writers raced for) fails the next call, turned into Hibernate's exception for it.
 */
public final class BulkCopy implements AutoCloseable {

    private static final int WAITING = 2;

    private final Connection connection;
    private final CopyManager copies;
    private final SqlExceptionHelper exceptions;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "bulk-copy");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore room = new Semaphore(WAITING);
    private Future<?> last;
    /** The first copy that failed: the later ones are skipped (the transaction is lost anyway), so it is the one told. */
    private volatile Throwable failed;

    private BulkCopy(Connection connection, SqlExceptionHelper exceptions) throws SQLException {
        this.connection = connection;
        this.copies = connection.unwrap(PGConnection.class).getCopyAPI();
        this.exceptions = exceptions;
    }

    /** Opens on the current transaction's connection; call it on the transaction's thread. */
    public static BulkCopy open(AgroalDataSource dataSource, EntityManager entityManager) {
        SqlExceptionHelper exceptions = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getSqlExceptionHelper();
        try {
            return new BulkCopy(dataSource.getConnection(), exceptions);
        } catch (SQLException e) {
            throw exceptions.convert(e, "opening a bulk copy");
        }
    }

    /** Queues the rows (and takes them: {@code rows} is empty again); waits only while two batches already wait. */
    public void copy(CopyRows rows) {
        if (rows.rows() == 0) {
            return;
        }
        if (failed != null) {
            throw failure(failed);
        }
        String statement = rows.statement();
        String text = rows.take();
        room.acquireUninterruptibly();
        last = writer.submit(() -> {
            try {
                if (failed == null) {
                    copies.copyIn(statement, new StringReader(text));
                }
            } catch (SQLException | IOException | RuntimeException e) {
                failed = e;
            } finally {
                room.release();
            }
        });
    }

    /** Waits until every queued copy is done; throws the failure of one that failed. */
    public void finish() {
        if (last == null) {
            return;
        }
        try {
            last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a bulk copy", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
        if (failed != null) {
            throw failure(failed);
        }
    }

    /** Stops the writer and hands the connection back; the transaction keeps what was copied until it ends. */
    @Override
    public void close() {
        writer.shutdownNow();
        try {
            connection.close();
        } catch (SQLException e) {
            throw exceptions.convert(e, "closing a bulk copy");
        }
    }

    private RuntimeException failure(Throwable cause) {
        if (cause instanceof SQLException e) {
            return exceptions.convert(e, "bulk copy");
        }
        if (cause instanceof IOException e) { // reading the rows, which are in memory: the connection's are SQLExceptions
            return new IllegalStateException("bulk copy", e);
        }
        return cause instanceof RuntimeException e ? e : new IllegalStateException("bulk copy", cause);
    }
}
