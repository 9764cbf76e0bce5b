package org.schooljournal.batch.pupilimport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.schooljournal.people.control.Enrolment;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.people.entity.PupilImport;
import org.schooljournal.people.entity.PupilImportIssue;
import org.schooljournal.platform.control.SchoolClock;

/**
 * Enrols a chunk's applicants and stores its issues and counts, all in the chunk's transaction: a
 * failed chunk leaves nothing behind, and a restart from the last checkpoint neither enrols anyone
 * twice nor repeats an issue.
 */
@Named("pupilImportWriter")
@Dependent
public class PupilImportWriter implements ItemWriter {
    @Inject EntityManager em;

    @Inject Enrolment enrolment;

    @Inject SchoolClock schoolClock;

    @Inject @BatchProperty String importId;

    @Inject @BatchProperty String schoolId;

    @Override
    public void open(Serializable checkpoint) {
        // the reader's checkpoint is enough: the writer keeps no state between chunks
    }

    @Override
    public void writeItems(List<Object> items) {
        BatchTenancy.enter(em, schoolId);
        PupilImport upload = em.find(PupilImport.class, Long.valueOf(importId));
        // The pupils arrive on the day the roster was uploaded, in the school's zone: a restart on
        // a
        // later day dates the rest of the roster the same.
        Enrolment.Arrival arrival =
                new Enrolment.Arrival(
                        LocalDate.ofInstant(
                                upload.getUploadedAt(),
                                schoolClock.zoneOf(Long.parseLong(schoolId))),
                        upload.getUploadedBy());
        int read = 0;
        int written = 0;
        for (Object item : items) {
            if (item instanceof Applicant applicant) {
                read++;
                Pupil pupil = applicant.pupilIn(upload.getSchoolClass());
                if (enrolment.enrol(pupil, applicant.parent(), arrival).isPresent()) {
                    written++;
                } else {
                    record(upload, applicant.alreadyEnrolled());
                }
            } else if (item instanceof RowIssue issue) {
                read += issue.isRow() ? 1 : 0;
                record(upload, issue);
            } else {
                throw new IllegalArgumentException("Not an import item: " + item);
            }
        }
        upload.recordChunk(items.size(), read, written, read - written);
    }

    private void record(PupilImport upload, RowIssue issue) {
        em.persist(new PupilImportIssue(upload, issue.rowNumber(), issue.key(), issue.args()));
    }

    @Override
    public Serializable checkpointInfo() {
        return null;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
