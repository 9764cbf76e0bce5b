package org.schooljournal.batch.boundary;

/**
 * One line of an archive job's report: a class book (and kind) printed, refused, transferred, or a
 * school's archive verified or damaged, with the detail (who must close what, what is damaged).
 */
public record ReportLineData(
        long id,
        Long schoolId,
        String school,
        Long yearId,
        Long classId,
        String className,
        String kind,
        String outcome,
        boolean draft,
        Integer pages,
        String sha256,
        Long documentId,
        String detail) {}
