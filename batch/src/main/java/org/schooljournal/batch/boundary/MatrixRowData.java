package org.schooljournal.batch.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A school's row of the archive matrix: a cell per year (in the order of {@code years} of the
 * matrix; null where the school has no such year's jobs) and the latest integrity check of its
 * archive (when, whether intact, the first problem).
 */
public record MatrixRowData(
        long schoolId,
        String school,
        List<MatrixCellData> cells,
        Instant checkedAt,
        Integer damaged,
        String checkProblem) {}
