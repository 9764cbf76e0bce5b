package org.schooljournal.demo.control;

import java.time.OffsetDateTime;
import org.schooljournal.journal.entity.AttendanceKind;

/**
 * A pupil's absence or lateness in a lesson (R-J04), entered by the teacher who gave it.
 *
 * @param enteredBy the teacher's login
 */
public record DemoAttendance(
        DemoPupil pupil, AttendanceKind kind, OffsetDateTime enteredAt, String enteredBy) {}
