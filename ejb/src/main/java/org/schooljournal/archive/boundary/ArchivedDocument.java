package org.schooljournal.archive.boundary;

import java.time.LocalDate;

/** TEMPORARY contract stub of h-store; removed when h-store lands on main. */
public record ArchivedDocument(
        long id,
        long schoolId,
        long yearId,
        long classId,
        String className,
        BookKind kind,
        int version,
        String sha256,
        long size,
        LocalDate closedOn,
        LocalDate destroyAfter,
        long leafIndex) {}
