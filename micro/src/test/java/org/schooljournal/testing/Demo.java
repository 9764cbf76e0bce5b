package org.schooljournal.testing;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The deterministic demo municipality the tests run against (loaded into an empty database at
 * deployment): its logins, and how to find a journal's past lesson and a parent's child.
 */
public final class Demo {
    public static final String PASSWORD = "demo";

    /** Teaches in 5 «А» of school 1 and is its class teacher. */
    public static final String TEACHER = "s1.teacher1";

    /** Another teacher of school 1. */
    public static final String OTHER_TEACHER = "s1.teacher2";

    /** Parent of a pupil of s1.teacher1's class. */
    public static final String PARENT = "s1.parent1";

    public static final String OTHER_SCHOOL_PARENT = "s2.parent1";
    public static final String OTHER_SCHOOL_TEACHER = "s2.teacher1";
    public static final String SCHOOL_ADMIN = "s1.admin";

    private Demo() {}

    /**
     * A journal cell that can be marked: a past lesson of the teacher's first journal and a pupil.
     */
    public record Cell(
            long assignmentId, long lessonId, LocalDate date, long pupilId, String month) {}

    /** The first journal of TEACHER, its latest lesson before today, and the parent's child. */
    public static Cell markableCell(ApiClient teacher, long pupilId) {
        long assignmentId =
                teacher.get("/journals")
                        .array()
                        .getJsonObject(0)
                        .getJsonNumber("assignmentId")
                        .longValue();
        YearMonth month = YearMonth.now();
        for (int back = 0; back < 4; back++, month = month.minusMonths(1)) {
            JsonObject page = teacher.get("/journals/" + assignmentId + "?month=" + month).object();
            long lessonId = -1;
            LocalDate date = null;
            for (JsonObject lesson : page.getJsonArray("lessons").getValuesAs(JsonObject.class)) {
                if (LocalDate.parse(lesson.getString("date")).isBefore(LocalDate.now())) {
                    lessonId = lesson.getJsonNumber("id").longValue();
                    date = LocalDate.parse(lesson.getString("date"));
                }
            }
            if (lessonId > 0) {
                return new Cell(assignmentId, lessonId, date, pupilId, month.toString());
            }
        }
        throw new AssertionError("the demo journal has no past lesson");
    }

    public static long firstChild(ApiClient parent) {
        return parent.get("/diary/children")
                .array()
                .getJsonObject(0)
                .getJsonNumber("pupilId")
                .longValue();
    }
}
