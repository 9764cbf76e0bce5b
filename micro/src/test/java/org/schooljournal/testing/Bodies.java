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

    // --- school setup, groups and movements (the setup ITs) ---

    /** POST /rooms. */
    public record Room(String name, Integer floor, String description, Integer capacity) {}

    /** POST /staff: a new member of staff and the login of its account. */
    public record NewStaff(
            String lastName,
            String firstName,
            String middleName,
            String position,
            String login,
            java.util.List<String> roles) {}

    /** PUT /staff/{id}/roles. */
    public record Roles(java.util.List<String> roles) {}

    /** POST /classes. */
    public record NewClass(Integer grade, String letter, Long classTeacherId) {}

    /**
     * PUT /classes/{id}/class-teacher and /lessons/{id}/given-by: a member of staff, or none (an
     * explicit null: the class has no homeroom teacher, the lesson is its own teacher's again).
     */
    @jakarta.json.bind.annotation.JsonbNillable
    public record StaffChoice(Long staffId) {}

    /** POST /subjects. */
    public record Subject(String name, String grading) {}

    /** PUT /subjects/{id}/grading. */
    public record Grading(String grading) {}

    /** PUT /timetable/classes/{id}/slots/{day}/{number}: a journal in the slot, or none (null). */
    @jakarta.json.bind.annotation.JsonbNillable
    public record TimetableSlot(Long assignmentId, String room) {
        public static TimetableSlot of(Long assignmentId) {
            return new TimetableSlot(assignmentId, null);
        }
    }

    /** POST /assignments: a teacher teaching a subject to a class or a group. */
    public record Assignment(long teacherId, long subjectId, Long classId, Long groupId) {}

    /** POST /groups/split. */
    public record Split(long classId, String prefix, int parts) {}

    /** POST /groups: a group of a class or a stream of a grade. */
    public record Group(String name, Long classId, Integer grade) {}

    /** PUT /groups/{id}/members. */
    public record Members(java.util.Set<Long> pupilIds) {}

    /** PUT /individual-plans: a line of a pupil's individual plan (ИУП). */
    public record PlanLine(
            long pupilId, long subjectId, String mode, java.math.BigDecimal hours, String note) {}

    /** POST /pupils/{id}/transfer. */
    public record Transfer(Long toClassId, java.time.LocalDate date, String note) {}

    /** POST /pupils/{id}/withdrawal. */
    public record Withdrawal(java.time.LocalDate date, String note) {}

    /** PUT /bell-schedules/classes/{id}: the class's shift and schedule (null: the main one). */
    @jakarta.json.bind.annotation.JsonbNillable
    public record Regime(Integer shift, Long scheduleId) {}

    /** POST/PUT /bell-schedules: a schedule's name and its lessons' times (HH:mm). */
    public record BellSchedule(String name, java.util.List<Bell> periods) {}

    /** A lesson of a {@link BellSchedule}. */
    public record Bell(Integer number, String start, String end) {}

    /** PUT /calendar/years/{id}/plan: the year's periods and holidays, all at once. */
    public record Plan(java.util.List<PlanPeriod> periods, java.util.List<PlanHoliday> holidays) {}

    /** A study period of a {@link Plan} for a range of grades. */
    public record PlanPeriod(
            String kind,
            int number,
            int gradeFrom,
            int gradeTo,
            java.time.LocalDate startsOn,
            java.time.LocalDate endsOn) {}

    /** Holidays of a {@link Plan} for a range of grades. */
    public record PlanHoliday(
            String kind,
            String name,
            int gradeFrom,
            int gradeTo,
            java.time.LocalDate startsOn,
            java.time.LocalDate endsOn) {}

    /** POST /journals/{id}/pupils/{pupil}/messages: a message or recommendation to parents. */
    public record ParentMessage(String kind, String body) {}

    /** PUT /work-types: whether the school uses a work type and its weight in averages. */
    public record WorkTypeSetting(String workType, Boolean used, java.math.BigDecimal weight) {}

    /** PUT /curriculum/…/hours: a number of hours a week, or none (an explicit null). */
    @jakarta.json.bind.annotation.JsonbNillable
    public record Hours(java.math.BigDecimal hours) {
        public static Hours of(String hours) {
            return new Hours(new java.math.BigDecimal(hours));
        }
    }

    /** POST /municipality/schools: a school with its first head and administrator. */
    public record NewSchool(String name, String shortName, Account head, Account admin) {}

    /** An account of a {@link NewSchool}: its login and its holder's full name. */
    public record Account(String login, String fullName) {}

    /** PUT /account/password. */
    public record PasswordChange(String current, String next) {}

    /** POST /control-works: a control work of a class in a subject on a date (ВШК). */
    public record ControlWork(
            Long classId, Long subjectId, java.time.LocalDate date, String form, String topic) {}

    /** POST /pupils/arrivals: a pupil arriving in a class from a date on. */
    public record Arrival(
            String lastName,
            String firstName,
            String middleName,
            java.time.LocalDate birthDate,
            Long classId,
            java.time.LocalDate date,
            String note) {}
}
