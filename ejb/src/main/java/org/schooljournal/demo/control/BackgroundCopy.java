package org.schooljournal.demo.control;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.postgresql.copy.CopyManager;

/**
 * Sends chunks of CSV to PostgreSQL's {@code COPY … FROM STDIN} on a thread of its own, so the
 * database stores one chunk while the loader generates and formats the next (without it the two
 * took turns, each idle half of the time). Chunks go in the order they were handed over, on the one
 * connection of the load (only this thread uses it until {@link #drain()}); at most {@value
 * #QUEUED} wait, so a slow database holds the generator back instead of filling the memory. The
 * first failure is kept and thrown at the next hand-over or drain; later chunks are dropped, since
 * the load's transaction is rolled back anyway.
 */
final class BackgroundCopy implements AutoCloseable {
    static final int QUEUED = 4;

    private final CopyManager copy;
    private final Semaphore room = new Semaphore(QUEUED);
    private final ExecutorService thread =
            Executors.newSingleThreadExecutor(
                    r -> {
                        Thread t = new Thread(r, "demo-copy");
                        t.setDaemon(true);
                        return t;
                    });
    private volatile Exception failure;
    private volatile boolean abandoned;

    BackgroundCopy(CopyManager copy) {
        this.copy = copy;
    }

    /** Queues one COPY of {@code csv}; waits while {@value #QUEUED} are queued already. */
    void send(String sql, String csv) throws SQLException {
        rethrow();
        try {
            room.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting to COPY", e);
        }
        thread.execute(
                () -> {
                    try {
                        if (failure == null && !abandoned) {
                            copy.copyIn(sql, new StringReader(csv));
                        }
                    } catch (SQLException | IOException | RuntimeException e) {
                        failure = new SQLException("COPY failed: " + sql, e);
                    } finally {
                        room.release();
                    }
                });
    }

    /** Waits until every queued COPY is done; the connection is the caller's again. */
    void drain() throws SQLException {
        try {
            room.acquire(QUEUED);
            room.release(QUEUED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for COPY", e);
        }
        rethrow();
    }

    /**
     * Skips what is still queued and waits for the COPY under way, so that the connection can be
     * rolled back (the load failed elsewhere).
     */
    void abandon() {
        abandoned = true;
        try {
            drain();
        } catch (SQLException alreadyFailing) {
            // the load's own failure is the one reported
        }
    }

    private void rethrow() throws SQLException {
        Exception e = failure;
        if (e instanceof SQLException sql) {
            throw sql;
        }
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
