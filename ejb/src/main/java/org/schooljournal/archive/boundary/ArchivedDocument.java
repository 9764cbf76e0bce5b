package org.schooljournal.archive.boundary;

import java.time.Instant;
import java.time.LocalDate;
import org.schooljournal.archive.entity.BookKind;

/**
 * An archived document as the archive browser lists it (R-P03): where it belongs, its version, hash
 * and size, its closing and destroy-by dates, its leaf in the log, and whether its destruction act
 * removed the bytes (the record stays as a tombstone).
 */
public record ArchivedDocument(
        long id,
        long leafIndex,
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
        Instant depositedAt,
        boolean destroyed) {}
