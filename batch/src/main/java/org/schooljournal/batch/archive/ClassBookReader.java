package org.schooljournal.batch.archive;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.schooljournal.archive.boundary.BookRef;

/**
 * The class books of one school (the partition's) in the job's year, or in every year of the school
 * when the job names none (the scheduled transfer). The checkpoint is the index of the next book; a
 * restart resumes from it or from the partition's committed count if that is further (the runtime's
 * checkpoint is written after the chunk's own data and may lag behind it).
 */
@Named("classBookReader")
@Dependent
public class ClassBookReader extends AbstractItemReader {
    @Inject JobContext job;

    @Inject Works works;

    /** Whom the run works for ({@link Works}). */
    @Inject @BatchProperty String startedBy;

    @Inject SchoolYears schoolYears;

    @Inject JobProgress progress;

    @Inject @BatchProperty String schoolId;

    @Inject @BatchProperty String year;

    private List<BookRef> books;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        long school = Long.parseLong(schoolId);
        books = new ArrayList<>();
        for (long yearId : schoolYears.years(school, year)) {
            books.addAll(works.of(startedBy).books(school, yearId));
        }
        progress.open(job.getInstanceId(), school, job.getJobName(), year, books.size());
        int committed = progress.itemsDone(job.getInstanceId(), school);
        next = Math.max(checkpoint == null ? 0 : (Integer) checkpoint, committed);
    }

    @Override
    public Object readItem() {
        return next < books.size() ? books.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
