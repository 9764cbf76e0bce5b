package org.schooljournal.testing;

/**
 * The API's request bodies as typed records, serialised by JSON-B ({@link ApiClient#put(String,
 * Object)}): a test names the fields it sends instead of building JSON text. A null field is left
 * out of the body. Deliberately malformed bodies stay strings: they test the problem details.
 */
public final class Bodies {
    private Bodies() {}

    /** PUT /lessons/{id}/cells/{pupil}: the cell's whole text and the text it replaces. */
    public record Cell(String text, String expected) {}

    /** PUT /lessons/{id}/marks/{pupil}: one mark of a work type. */
    public record Mark(String value, String workType, String expected) {}

    /** PUT /lessons/{id}/attendance/{pupil}: an attendance code. */
    public record Attendance(String kind, String expected) {}

    /** PUT /lessons/{id}: the lesson's topic, homework and «Не задано». */
    public record LessonNotes(String topic, String homework, Boolean noHomework) {}

    /**
     * PUT …/periods/{id}/marks/{pupil} and …/year-marks/{pupil}: a period or year mark, with the
     * reason where it differs from the suggestion.
     */
    public record FinalMark(String value, String reason) {}

    /** PUT …/periods/{id}/deferrals/{pupil}: a period mark deferred to a new date (R-J09). */
    public record Deferral(java.time.LocalDate until, String reason) {}

    /** POST …/periods/{id}/reopen and the like: why. */
    public record Reason(String reason) {}

    /** PUT /lessons/{id}/schedule/slot: a lesson moved to another date and number. */
    public record Slot(java.time.LocalDate date, int number) {}
}
