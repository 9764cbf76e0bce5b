package org.schooljournal.probe;

import jakarta.annotation.Priority;
import jakarta.batch.api.chunk.ItemWriter;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.schooljournal.batch.pupilimport.Applicant;

/**
 * Test-only: the first time a chunk holds a pupil whose surname starts with "Сбоев", writing it
 * fails, as a database outage would, so the job stops FAILED midway and must be restarted.
 */
@Decorator
@Priority(100)
public abstract class FailOnceWriter implements ItemWriter {
    public static final String MARKER = "Сбоев";
    private static final AtomicBoolean FAILED = new AtomicBoolean();

    @Inject @Delegate @Any ItemWriter delegate;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        boolean marked =
                items.stream()
                        .anyMatch(i -> i instanceof Applicant a && a.lastName().startsWith(MARKER));
        if (marked && FAILED.compareAndSet(false, true)) {
            throw new IllegalStateException("simulated outage while writing a chunk");
        }
        delegate.writeItems(items);
    }

    @Override
    public void open(Serializable checkpoint) throws Exception {
        delegate.open(checkpoint);
    }

    @Override
    public void close() throws Exception {
        delegate.close();
    }

    @Override
    public Serializable checkpointInfo() throws Exception {
        return delegate.checkpointInfo();
    }
}
