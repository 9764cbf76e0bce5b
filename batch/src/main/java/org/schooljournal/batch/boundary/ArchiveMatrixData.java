package org.schooljournal.batch.boundary;

import java.util.List;

/** Schools × years: what is printed, transferred and verified (R-P06). */
public record ArchiveMatrixData(List<String> years, List<MatrixRowData> rows) {}
