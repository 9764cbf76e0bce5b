package org.schooljournal.batch.pupilimport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.util.List;
import org.schooljournal.people.entity.PupilImport;

/**
 * Reads the stored file of an import (never a file on disk, so a restart reads exactly what the
 * first run read) and emits its rows from the checkpoint on: the index of the next item, or the
 * count of items the import has committed if that is further.
 */
@Named("pupilImportReader")
@Dependent
public class PupilImportReader extends AbstractItemReader {
    @Inject EntityManager em;

    @Inject @BatchProperty String importId;

    @Inject @BatchProperty String schoolId;

    private List<Object> items;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        BatchTenancy.enter(em, schoolId);
        PupilImport upload = em.find(PupilImport.class, Long.valueOf(importId));
        if (upload == null) {
            throw new IllegalStateException(
                    "Pupil import " + importId + " not found in school " + schoolId);
        }
        items = RosterFile.read(upload.getContent()).items();
        // The import's own count is committed with each chunk's rows; the runtime's checkpoint
        // may lag behind it when the server died between the two commits of a chunk.
        next = Math.max(checkpoint == null ? 0 : (Integer) checkpoint, upload.getItemsDone());
    }

    @Override
    public Object readItem() {
        return next < items.size() ? items.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
