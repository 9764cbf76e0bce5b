package org.schooljournal.audit.boundary;

import java.time.Instant;

/** One audit entry as the deputy, the head or the journal's teacher reads it (R-A08). */
public record AuditData(
        long seq,
        Instant at,
        String actor,
        String remoteAddress,
        String subject,
        Long lessonId,
        Long pupilId,
        String detail,
        String oldValue,
        String newValue) {}
