package org.schooljournal.timetable.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes generated lessons in JDBC batches: a year of a large school is some 47,000 lessons, and
 * JPA inserts with identity keys go one row at a time. This bypasses the tenancy mechanism, so the
 * school is bound explicitly; it runs inside the caller's JTA transaction (the container enlists
 * the pool's connection), so a failure rolls everything back with the rest.
 */
public final class LessonWriter {
    private static final int BATCH = 1000;

    private LessonWriter() {}

    public static void insert(DataSource dataSource, long schoolId, List<PlannedLesson> lessons) {
        if (lessons.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert =
                        connection.prepareStatement(
                                "insert into lesson (school_id, assignment_id, lesson_date, lesson_number)"
                                        + " values (?, ?, ?, ?)")) {
            int pending = 0;
            for (PlannedLesson lesson : lessons) {
                insert.setLong(1, schoolId);
                insert.setLong(2, lesson.assignmentId());
                insert.setObject(3, lesson.date());
                insert.setInt(4, lesson.number());
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the generated lessons", e);
        }
    }
}
