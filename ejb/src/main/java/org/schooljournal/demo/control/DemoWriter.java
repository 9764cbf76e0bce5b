package org.schooljournal.demo.control;

import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.schooljournal.calendar.control.BellSchedule;
import org.schooljournal.calendar.control.YearPlan;

/**
 * Writes a {@link DemoMunicipality} into the journal's tables with plain JDBC batches, across all
 * schools at once (no JPA, so no tenant is involved). Portable between PostgreSQL and H2.
 *
 * <p>Ids are chosen here, in blocks after each table's current maximum, so no generated key has to
 * be read back; at the end every identity column is moved past them with {@code ALTER TABLE t ALTER
 * COLUMN id RESTART WITH n} (the same statement on PostgreSQL and H2). Nothing else may write to
 * these tables meanwhile. The batches of all tables are executed in foreign-key order and committed
 * every {@link #DEFAULT_COMMIT_EVERY} rows; a failure rolls back the rows since the last commit
 * only.
 *
 * <p>Every school also gets its academic year with its study periods and holidays: the standard
 * plan of {@link DemoMunicipality#yearPlan()} (R-S01, R-S02).
 *
 * <p>The target database must not hold the demo logins already ({@code admin}, {@code archivist},
 * {@code s1.admin}): load into a database without demo data.
 */
public final class DemoWriter {
    public static final int DEFAULT_COMMIT_EVERY = 5_000;

    private static final Logger LOG = Logger.getLogger(DemoWriter.class.getName());

    private final Connection connection;
    private final String passwordHash;
    private final int commitEvery;
    private final List<Table> tables = new ArrayList<>();
    private int pending;
    private YearPlan yearPlan;

    private Table school;
    private Table academicYear;
    private Table studyPeriod;
    private Table holiday;
    private Table account;
    private Table accountRole;
    private Table staff;
    private Table schoolClass;
    private Table subject;
    private Table assignment;
    private Table pupil;
    private Table guardian;
    private Table pupilGuardian;
    private Table lesson;
    private Table mark;
    private Table room;
    private Table bellSchedule;
    private Table bellPeriod;
    private Table curriculumLine;
    private Table timetableEntry;
    private Table controlWork;
    private Table periodMark;
    private Table journalLock;
    private Table parentMessage;
    private final Map<YearPlan.Period, Long> periodIds = new HashMap<>();

    /**
     * @param connection used and left open; its auto-commit is restored at the end
     * @param passwordHash the stored hash of the password {@value DemoMunicipality#PASSWORD}, the
     *     same for every account
     */
    public DemoWriter(Connection connection, String passwordHash, int commitEvery) {
        this.connection = Objects.requireNonNull(connection);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery " + commitEvery);
        }
        this.commitEvery = commitEvery;
    }

    public DemoWriter(Connection connection, String passwordHash) {
        this(connection, passwordHash, DEFAULT_COMMIT_EVERY);
    }

    /**
     * Writes the whole municipality, school by school, and tells what it wrote. A writer writes
     * once.
     */
    public DemoLoadResult write(DemoMunicipality municipality) throws SQLException {
        if (!tables.isEmpty()) {
            throw new IllegalStateException("a DemoWriter writes once");
        }
        long started = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            prepare();
            refuseExistingDemo();
            yearPlan = municipality.yearPlan();
            for (DemoAccount a : municipality.municipalAccounts()) {
                insertAccount(a, null);
            }
            int schools = municipality.size().schools();
            for (Iterator<DemoSchool> it = municipality.schools().iterator(); it.hasNext(); ) {
                DemoSchool s = it.next();
                writeSchool(s);
                if (schools >= 10 && s.number() % 10 == 0) {
                    LOG.info(
                            () ->
                                    "Demo data: "
                                            + s.number()
                                            + " of "
                                            + schools
                                            + " schools written, "
                                            + mark.written
                                            + " marks so far");
                }
            }
            flushAndCommit();
            restartIdentities();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(e);
            if (e instanceof BatchUpdateException batch && batch.getNextException() != null) {
                throw new SQLException(
                        e.getMessage() + " (" + batch.getNextException().getMessage() + ")",
                        batch.getSQLState(),
                        e);
            }
            throw e;
        } finally {
            for (Table t : tables) {
                t.close();
            }
            connection.setAutoCommit(autoCommit);
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        tables.forEach(t -> rows.put(t.name, t.written));
        return new DemoLoadResult(
                municipality.size(),
                municipality.seed(),
                rows,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Tables in foreign-key order: a batch never refers to a row of a later table. */
    private void prepare() throws SQLException {
        school = table("school", true, "name", "short_name");
        academicYear = table("academic_year", true, "school_id", "name", "starts_on", "ends_on");
        studyPeriod =
                table(
                        "study_period",
                        true,
                        "school_id",
                        "year_id",
                        "kind",
                        "number",
                        "grade_from",
                        "grade_to",
                        "starts_on",
                        "ends_on");
        holiday =
                table(
                        "holiday",
                        true,
                        "school_id",
                        "year_id",
                        "kind",
                        "name",
                        "grade_from",
                        "grade_to",
                        "starts_on",
                        "ends_on");
        account = table("account", true, "login", "password_hash", "full_name");
        accountRole = table("account_role", true, "account_id", "school_id", "role");
        staff =
                table(
                        "staff",
                        true,
                        "school_id",
                        "account_id",
                        "last_name",
                        "first_name",
                        "middle_name",
                        "position");
        bellSchedule = table("bell_schedule", true, "school_id", "name");
        bellPeriod =
                table(
                        "bell_period",
                        true,
                        "school_id",
                        "schedule_id",
                        "lesson_number",
                        "starts_at",
                        "ends_at");
        room = table("room", true, "school_id", "name", "floor", "description", "capacity");
        schoolClass =
                table("school_class", true, "school_id", "grade", "letter", "class_teacher_id");
        subject = table("subject", true, "school_id", "name", "grading");
        curriculumLine =
                table(
                        "curriculum_line",
                        true,
                        "school_id",
                        "grade",
                        "profile",
                        "subject_id",
                        "hours_per_week");
        assignment =
                table(
                        "teaching_assignment",
                        true,
                        "school_id",
                        "teacher_id",
                        "subject_id",
                        "class_id",
                        "hours_per_week");
        timetableEntry =
                table(
                        "timetable_entry",
                        true,
                        "school_id",
                        "assignment_id",
                        "weekday",
                        "lesson_number",
                        "room");
        pupil =
                table(
                        "pupil",
                        true,
                        "school_id",
                        "class_id",
                        "account_id",
                        "last_name",
                        "first_name",
                        "middle_name",
                        "birth_date");
        guardian =
                table(
                        "guardian",
                        true,
                        "school_id",
                        "account_id",
                        "last_name",
                        "first_name",
                        "middle_name",
                        "email",
                        "phone");
        pupilGuardian = table("pupil_guardian", false, "pupil_id", "guardian_id");
        lesson =
                table(
                        "lesson",
                        true,
                        "school_id",
                        "assignment_id",
                        "lesson_date",
                        "lesson_number",
                        "topic",
                        "homework",
                        "given_by");
        mark =
                table(
                        "mark",
                        true,
                        "school_id",
                        "lesson_id",
                        "pupil_id",
                        "work_type",
                        "mark_value",
                        "entered_at",
                        "entered_by");
        controlWork =
                table(
                        "control_work",
                        true,
                        "school_id",
                        "class_id",
                        "subject_id",
                        "work_date",
                        "form",
                        "topic");
        periodMark =
                table(
                        "period_mark",
                        true,
                        "school_id",
                        "assignment_id",
                        "period_id",
                        "pupil_id",
                        "mark_value",
                        "suggested",
                        "average",
                        "entered_at",
                        "entered_by");
        journalLock =
                table(
                        "journal_lock",
                        true,
                        "school_id",
                        "assignment_id",
                        "period_id",
                        "locked_at",
                        "locked_by");
        parentMessage =
                table(
                        "parent_message",
                        true,
                        "school_id",
                        "assignment_id",
                        "pupil_id",
                        "kind",
                        "body",
                        "author",
                        "created_at");
    }

    private Table table(String name, boolean hasId, String... columns) throws SQLException {
        List<String> all = new ArrayList<>();
        if (hasId) {
            all.add("id");
        }
        all.addAll(List.of(columns));
        String sql =
                "insert into "
                        + name
                        + " ("
                        + String.join(", ", all)
                        + ") values ("
                        + String.join(", ", all.stream().map(c -> "?").toList())
                        + ")";
        long nextId = 1;
        if (hasId) {
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("select coalesce(max(id), 0) from " + name)) {
                rs.next();
                nextId = rs.getLong(1) + 1;
            }
        }
        Table t = new Table(name, hasId, connection.prepareStatement(sql), nextId);
        tables.add(t);
        return t;
    }

    private void refuseExistingDemo() throws SQLException {
        try (PreparedStatement ps =
                connection.prepareStatement(
                        "select login from account where login in (?, ?, ?) order by login")) {
            ps.setString(1, "admin");
            ps.setString(2, "archivist");
            ps.setString(3, "s1.admin");
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new IllegalStateException(
                            "The database already has the demo login '"
                                    + rs.getString(1)
                                    + "': demo data can only be loaded into a database without it");
                }
            }
        }
    }

    private void writeSchool(DemoSchool s) throws SQLException {
        long schoolId = school.nextId++;
        PreparedStatement ps = school.statement;
        ps.setLong(1, schoolId);
        ps.setString(2, s.name());
        ps.setString(3, s.shortName());
        added(school);
        writeYear(schoolId);

        long[] staffIds = new long[s.staff().size()];
        for (DemoStaff member : s.staff()) {
            long accountId = insertAccount(member.account(), schoolId);
            long id = staff.nextId++;
            ps = staff.statement;
            ps.setLong(1, id);
            ps.setLong(2, schoolId);
            ps.setLong(3, accountId);
            setPerson(ps, 4, member.person());
            ps.setString(7, member.position());
            added(staff);
            staffIds[member.index()] = id;
        }

        writeBells(schoolId);
        for (DemoRoom r : s.rooms()) {
            ps = room.statement;
            ps.setLong(1, room.nextId++);
            ps.setLong(2, schoolId);
            ps.setString(3, r.name());
            ps.setInt(4, r.floor());
            ps.setString(5, r.description());
            ps.setInt(6, r.capacity());
            added(room);
        }

        long[] classIds = new long[s.classes().size()];
        for (DemoClass c : s.classes()) {
            long id = schoolClass.nextId++;
            ps = schoolClass.statement;
            ps.setLong(1, id);
            ps.setLong(2, schoolId);
            ps.setInt(3, c.grade());
            ps.setString(4, c.letter());
            if (c.classTeacher() == null) {
                ps.setNull(5, Types.BIGINT);
            } else {
                ps.setLong(5, staffIds[c.classTeacher().index()]);
            }
            added(schoolClass);
            classIds[c.index()] = id;
        }

        long[] subjectIds = new long[s.subjects().size()];
        for (DemoSubject sub : s.subjects()) {
            long id = subject.nextId++;
            ps = subject.statement;
            ps.setLong(1, id);
            ps.setLong(2, schoolId);
            ps.setString(3, sub.name());
            ps.setString(4, sub.grading().name());
            added(subject);
            subjectIds[sub.index()] = id;
        }

        for (DemoCurriculumLine line : s.curriculum()) {
            ps = curriculumLine.statement;
            ps.setLong(1, curriculumLine.nextId++);
            ps.setLong(2, schoolId);
            ps.setInt(3, line.grade());
            ps.setString(4, "");
            ps.setLong(5, subjectIds[line.subject().index()]);
            ps.setObject(6, BigDecimal.valueOf(line.hoursPerWeek()));
            added(curriculumLine);
        }

        long[] assignmentIds = new long[s.assignments().size()];
        for (DemoAssignment a : s.assignments()) {
            long id = assignment.nextId++;
            ps = assignment.statement;
            ps.setLong(1, id);
            ps.setLong(2, schoolId);
            ps.setLong(3, staffIds[a.teacher().index()]);
            ps.setLong(4, subjectIds[a.subject().index()]);
            ps.setLong(5, classIds[a.schoolClass().index()]);
            ps.setObject(6, BigDecimal.valueOf(a.hoursPerWeek()));
            added(assignment);
            assignmentIds[a.index()] = id;
        }

        for (DemoTimetableEntry e : s.timetable()) {
            ps = timetableEntry.statement;
            ps.setLong(1, timetableEntry.nextId++);
            ps.setLong(2, schoolId);
            ps.setLong(3, assignmentIds[e.assignment().index()]);
            ps.setInt(4, e.weekday().getValue());
            ps.setInt(5, e.number());
            ps.setString(6, e.room().name());
            added(timetableEntry);
        }

        long[] pupilIds = new long[s.pupils().size()];
        for (DemoPupil p : s.pupils()) {
            long accountId = insertAccount(p.account(), schoolId);
            long pupilId = pupil.nextId++;
            ps = pupil.statement;
            ps.setLong(1, pupilId);
            ps.setLong(2, schoolId);
            ps.setLong(3, classIds[p.schoolClass().index()]);
            ps.setLong(4, accountId);
            setPerson(ps, 5, p.person());
            ps.setObject(8, p.birthDate());
            added(pupil);
            pupilIds[p.index()] = pupilId;

            DemoGuardian g = p.guardian();
            long guardianAccountId = insertAccount(g.account(), schoolId);
            long guardianId = guardian.nextId++;
            ps = guardian.statement;
            ps.setLong(1, guardianId);
            ps.setLong(2, schoolId);
            ps.setLong(3, guardianAccountId);
            setPerson(ps, 4, g.person());
            ps.setString(7, g.email());
            ps.setString(8, g.phone());
            added(guardian);

            ps = pupilGuardian.statement;
            ps.setLong(1, pupilId);
            ps.setLong(2, guardianId);
            added(pupilGuardian);
        }

        for (DemoClass c : s.classes()) {
            DemoClassYear year = s.yearOf(c);
            for (DemoLesson l : year.lessons()) {
                long lessonId = lesson.nextId++;
                ps = lesson.statement;
                ps.setLong(1, lessonId);
                ps.setLong(2, schoolId);
                ps.setLong(3, assignmentIds[l.assignment().index()]);
                ps.setObject(4, l.date());
                ps.setInt(5, l.number());
                setText(ps, 6, l.topic());
                setText(ps, 7, l.homework());
                if (l.givenBy() == null) {
                    ps.setNull(8, Types.BIGINT);
                } else {
                    ps.setLong(8, staffIds[l.givenBy().index()]);
                }
                added(lesson);
                for (DemoMark m : l.marks()) {
                    ps = mark.statement;
                    ps.setLong(1, mark.nextId++);
                    ps.setLong(2, schoolId);
                    ps.setLong(3, lessonId);
                    ps.setLong(4, pupilIds[m.pupil().index()]);
                    ps.setString(5, m.workType().name());
                    ps.setString(6, m.value());
                    ps.setObject(7, m.enteredAt());
                    ps.setString(8, m.enteredBy());
                    added(mark);
                }
            }
            for (DemoControlWork w : year.controlWorks()) {
                ps = controlWork.statement;
                ps.setLong(1, controlWork.nextId++);
                ps.setLong(2, schoolId);
                ps.setLong(3, classIds[c.index()]);
                ps.setLong(4, subjectIds[w.subject().index()]);
                ps.setObject(5, w.date());
                ps.setString(6, w.form());
                ps.setString(7, w.topic());
                added(controlWork);
            }
            for (DemoPeriodMark m : year.periodMarks()) {
                ps = periodMark.statement;
                ps.setLong(1, periodMark.nextId++);
                ps.setLong(2, schoolId);
                ps.setLong(3, assignmentIds[m.assignment().index()]);
                ps.setLong(4, periodIds.get(m.period()));
                ps.setLong(5, pupilIds[m.pupil().index()]);
                ps.setString(6, m.value());
                ps.setString(7, m.value());
                ps.setObject(8, m.average());
                ps.setObject(9, m.enteredAt());
                ps.setString(10, m.enteredBy());
                added(periodMark);
            }
            for (DemoJournalLock l : year.locks()) {
                ps = journalLock.statement;
                ps.setLong(1, journalLock.nextId++);
                ps.setLong(2, schoolId);
                ps.setLong(3, assignmentIds[l.assignment().index()]);
                ps.setLong(4, periodIds.get(l.period()));
                ps.setObject(5, l.lockedAt());
                ps.setString(6, l.lockedBy());
                added(journalLock);
            }
            for (DemoMessage m : year.messages()) {
                ps = parentMessage.statement;
                ps.setLong(1, parentMessage.nextId++);
                ps.setLong(2, schoolId);
                ps.setLong(3, assignmentIds[m.assignment().index()]);
                ps.setLong(4, pupilIds[m.pupil().index()]);
                ps.setString(5, m.kind());
                ps.setString(6, m.body());
                ps.setString(7, m.author());
                ps.setObject(8, m.createdAt());
                added(parentMessage);
            }
        }
    }

    private static void setText(PreparedStatement ps, int index, String text) throws SQLException {
        if (text == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, text);
        }
    }

    /**
     * The school's main bell schedule (R-S10): the standard first shift, under the name the service
     * gives it, so every class (first shift, no schedule of its own) follows it.
     */
    private void writeBells(long schoolId) throws SQLException {
        long scheduleId = bellSchedule.nextId++;
        PreparedStatement ps = bellSchedule.statement;
        ps.setLong(1, scheduleId);
        ps.setLong(2, schoolId);
        ps.setString(3, BellSchedule.MAIN_NAME);
        added(bellSchedule);
        for (BellSchedule.Period p : BellSchedule.standard().periods()) {
            ps = bellPeriod.statement;
            ps.setLong(1, bellPeriod.nextId++);
            ps.setLong(2, schoolId);
            ps.setLong(3, scheduleId);
            ps.setInt(4, p.number());
            ps.setObject(5, p.start());
            ps.setObject(6, p.end());
            added(bellPeriod);
        }
    }

    /** The school's academic year with its study periods and holidays (R-S01, R-S02). */
    private void writeYear(long schoolId) throws SQLException {
        long yearId = academicYear.nextId++;
        PreparedStatement ps = academicYear.statement;
        ps.setLong(1, yearId);
        ps.setLong(2, schoolId);
        ps.setString(3, yearPlan.name());
        ps.setObject(4, yearPlan.startsOn());
        ps.setObject(5, yearPlan.endsOn());
        added(academicYear);
        periodIds.clear();
        for (YearPlan.Period p : yearPlan.periods()) {
            ps = studyPeriod.statement;
            periodIds.put(p, studyPeriod.nextId);
            ps.setLong(1, studyPeriod.nextId++);
            ps.setLong(2, schoolId);
            ps.setLong(3, yearId);
            ps.setString(4, p.kind().name());
            ps.setInt(5, p.number());
            ps.setInt(6, p.gradeFrom());
            ps.setInt(7, p.gradeTo());
            ps.setObject(8, p.startsOn());
            ps.setObject(9, p.endsOn());
            added(studyPeriod);
        }
        for (YearPlan.Holiday h : yearPlan.holidays()) {
            ps = holiday.statement;
            ps.setLong(1, holiday.nextId++);
            ps.setLong(2, schoolId);
            ps.setLong(3, yearId);
            ps.setString(4, h.kind().name());
            ps.setString(5, h.name());
            ps.setInt(6, h.gradeFrom());
            ps.setInt(7, h.gradeTo());
            ps.setObject(8, h.startsOn());
            ps.setObject(9, h.endsOn());
            added(holiday);
        }
    }

    private long insertAccount(DemoAccount a, Long schoolId) throws SQLException {
        long id = account.nextId++;
        PreparedStatement ps = account.statement;
        ps.setLong(1, id);
        ps.setString(2, a.login());
        ps.setString(3, passwordHash);
        ps.setString(4, a.fullName());
        added(account);
        for (String role : a.roles()) {
            ps = accountRole.statement;
            ps.setLong(1, accountRole.nextId++);
            ps.setLong(2, id);
            if (schoolId == null) {
                ps.setNull(3, Types.BIGINT);
            } else {
                ps.setLong(3, schoolId);
            }
            ps.setString(4, role);
            added(accountRole);
        }
        return id;
    }

    private static void setPerson(PreparedStatement ps, int from, DemoPerson person)
            throws SQLException {
        ps.setString(from, person.lastName());
        ps.setString(from + 1, person.firstName());
        ps.setString(from + 2, person.middleName());
    }

    private void added(Table t) throws SQLException {
        t.statement.addBatch();
        t.pending++;
        t.written++;
        if (++pending >= commitEvery) {
            flushAndCommit();
        }
    }

    private void flushAndCommit() throws SQLException {
        for (Table t : tables) {
            if (t.pending > 0) {
                t.statement.executeBatch();
                t.pending = 0;
            }
        }
        connection.commit();
        pending = 0;
    }

    /** Moves every identity column past the ids written here (PostgreSQL and H2 alike). */
    private void restartIdentities() throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (Table t : tables) {
                if (t.hasId && t.written > 0) {
                    st.execute(
                            "alter table " + t.name + " alter column id restart with " + t.nextId);
                }
            }
        }
    }

    private void rollbackQuietly(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static final class Table {
        final String name;
        final boolean hasId;
        final PreparedStatement statement;
        long nextId;
        int pending;
        long written;

        Table(String name, boolean hasId, PreparedStatement statement, long nextId) {
            this.name = name;
            this.hasId = hasId;
            this.statement = statement;
            this.nextId = nextId;
        }

        void close() {
            try {
                statement.close();
            } catch (SQLException e) {
                LOG.fine(() -> "closing the insert into " + name + ": " + e);
            }
        }
    }
}
