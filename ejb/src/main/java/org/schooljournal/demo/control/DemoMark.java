package org.schooljournal.demo.control;

import java.time.OffsetDateTime;
import org.schooljournal.journal.entity.WorkType;

/**
 * A mark of the five-point scale ("2" to "5") given to a pupil in a lesson.
 *
 * @param enteredBy the teacher's login
 */
public record DemoMark(
        DemoPupil pupil,
        WorkType workType,
        String value,
        OffsetDateTime enteredAt,
        String enteredBy) {}
