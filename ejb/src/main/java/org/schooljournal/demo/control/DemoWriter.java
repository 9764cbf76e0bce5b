package org.schooljournal.demo.control;

import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.schooljournal.calendar.control.BellSchedule;
import org.schooljournal.calendar.control.YearPlan;
import org.schooljournal.journal.control.JournalContent;
import org.schooljournal.journal.control.SigningKey;

/**
 * Writes a {@link DemoMunicipality} into the journal's tables with plain JDBC batches, across all
 * schools at once (no JPA, so no tenant is involved). Portable between PostgreSQL and H2.
 *
 * <p>Ids are chosen here, in blocks after each table's current maximum, so no generated key has to
 * be read back; at the end every identity column is moved past them with {@code ALTER TABLE t ALTER
 * COLUMN id RESTART WITH n} (the same statement on PostgreSQL and H2). Nothing else may write to
 * these tables meanwhile. Batches of inserts (H2) are executed in foreign-key order for all tables
 * and committed every {@code commitEvery} rows; a failure rolls back the rows since the last commit
 * only. On PostgreSQL the load is one transaction, all or nothing: the tables' foreign keys and
 * secondary indexes are dropped in it and put back at its end ({@link DeferredConstraints}), each
 * table's rows go with COPY in chunks on a thread of their own ({@link BackgroundCopy}) while the
 * next rows are generated, and the tables are analyzed after the commit.
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
    private final SigningKey signingKey;
    private final boolean useCopy;
    private CopyManager copy;
    private BackgroundCopy background;
    private DemoSigner signer;

    /** Signatures that may be under way while the loader goes on with the next classes. */
    static final int SIGNATURES_AHEAD = 2_000;

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
    private Table attendance;
    private Table yearMark;
    private Table journalSignature;
    private final Map<YearPlan.Period, Long> periodIds = new HashMap<>();

    /**
     * @param connection used and left open; its auto-commit is restored at the end
     * @param passwordHash the stored hash of the password {@value DemoMunicipality#PASSWORD}, the
     *     same for every account
     * @param commitEvery rows between commits of batches of inserts (COPY loads in one transaction)
     * @param signingKey the server's key that signs the previous year's journals (R-J14)
     * @param useCopy whether to use PostgreSQL's COPY when the connection is PostgreSQL's; batches
     *     of inserts otherwise
     */
    public DemoWriter(
            Connection connection,
            String passwordHash,
            int commitEvery,
            SigningKey signingKey,
            boolean useCopy) {
        this.connection = Objects.requireNonNull(connection);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery " + commitEvery);
        }
        this.commitEvery = commitEvery;
        this.signingKey = Objects.requireNonNull(signingKey);
        this.useCopy = useCopy;
    }

    /** With the configured signing key, COPY on PostgreSQL. */
    public DemoWriter(Connection connection, String passwordHash, int commitEvery) {
        this(connection, passwordHash, commitEvery, new SigningKey(), true);
    }

    public DemoWriter(Connection connection, String passwordHash) {
        this(connection, passwordHash, DEFAULT_COMMIT_EVERY);
    }

    /**
     * PostgreSQL's COPY interface behind the (pool's) connection, or null for another database or
     * when the driver's classes are not visible here.
     */
    private static CopyManager copyManager(Connection connection) throws SQLException {
        var meta = connection.getMetaData();
        if (meta == null || !"PostgreSQL".equals(meta.getDatabaseProductName())) {
            return null;
        }
        try {
            return connection.isWrapperFor(PGConnection.class)
                    ? connection.unwrap(PGConnection.class).getCopyAPI()
                    : null;
        } catch (LinkageError e) {
            LOG.info(() -> "PostgreSQL's COPY is not available, inserting in batches: " + e);
            return null;
        }
    }

    /**
     * PostgreSQL keeps each lesson's counts for the department's overview by triggers (V47_1 {@code
     * lesson_figures}); a bulk load switches them off for its transaction, as it defers its
     * indexes, and rebuilds the table once at its end instead of once per COPY. Whether the table
     * is there (the H2 schema has none).
     */
    private boolean lessonFigures(boolean rebuild) throws SQLException {
        try (Statement st = connection.createStatement()) {
            if (!rebuild) {
                try (ResultSet rs =
                        st.executeQuery("select to_regclass('lesson_figures') is not null")) {
                    if (!rs.next() || !rs.getBoolean(1)) {
                        return false;
                    }
                }
                st.execute("select set_config('journal.lesson_figures', 'off', true)");
                return true;
            }
            st.execute("select set_config('journal.lesson_figures', 'on', true)");
            st.execute("select lesson_figures_rebuild()");
            return true;
        }
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
            copy = useCopy ? copyManager(connection) : null;
            if (copy != null) {
                background = new BackgroundCopy(copy);
            }
            signer = new DemoSigner(signingKey);
            prepare();
            refuseExistingDemo();
            DeferredConstraints deferred =
                    copy == null
                            ? null
                            : DeferredConstraints.drop(
                                    connection, tables.stream().map(t -> t.name).toList());
            boolean figures = deferred != null && lessonFigures(false);
            yearPlan = municipality.yearPlan();
            for (DemoAccount a : municipality.municipalAccounts()) {
                insertAccount(a, null);
            }
            int schools = municipality.size().schools();
            List<SchoolIds> written = new ArrayList<>();
            for (Iterator<DemoSchool> it = municipality.schools().iterator(); it.hasNext(); ) {
                DemoSchool s = it.next();
                written.add(writeSchool(s));
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
            // the previous year after every school's current one: the current year's ids stay as
            // they were before there was a previous year
            for (SchoolIds ids : written) {
                writePreviousYear(ids);
                if (schools >= 10 && ids.school().number() % 10 == 0) {
                    LOG.info(
                            () ->
                                    "Demo data: previous year of "
                                            + ids.school().number()
                                            + " of "
                                            + schools
                                            + " schools written");
                }
            }
            writeSignatures(0);
            if (deferred == null) {
                flushAndCommit();
            } else {
                for (Table t : tables) {
                    t.rows.flush();
                }
                background.drain();
                long restoring = System.nanoTime();
                deferred.restore();
                if (figures) {
                    lessonFigures(true);
                }
                LOG.info(
                        () ->
                                "Demo data: indexes and foreign keys restored in "
                                        + (System.nanoTime() - restoring) / 1_000_000
                                        + " ms");
            }
            restartIdentities();
            connection.commit();
            analyze();
        } catch (SQLException | RuntimeException e) {
            if (background != null) {
                background.abandon(); // the connection is this thread's again
            }
            rollbackQuietly(e);
            if (e instanceof BatchUpdateException batch && batch.getNextException() != null) {
                throw new SQLException(
                        e.getMessage() + " (" + batch.getNextException().getMessage() + ")",
                        batch.getSQLState(),
                        e);
            }
            throw e;
        } finally {
            if (signer != null) {
                signer.close();
            }
            if (background != null) {
                background.close();
            }
            for (Table t : tables) {
                t.close();
            }
            connection.setAutoCommit(autoCommit);
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        tables.forEach(t -> rows.put(t.name, t.written));
        LOG.info(() -> "Demo data written with " + (copy == null ? "batches of inserts" : "COPY"));
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
                        "entered_by",
                        "lesson_date");
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
        attendance =
                table(
                        "attendance",
                        true,
                        "school_id",
                        "lesson_id",
                        "pupil_id",
                        "kind",
                        "entered_at",
                        "entered_by");
        yearMark =
                table(
                        "year_mark",
                        true,
                        "school_id",
                        "assignment_id",
                        "pupil_id",
                        "year_id",
                        "mark_value",
                        "suggested",
                        "entered_at",
                        "entered_by");
        journalSignature =
                table(
                        "journal_signature",
                        true,
                        "school_id",
                        "assignment_id",
                        "period_id",
                        "signed_by",
                        "signer_name",
                        "signed_at",
                        "digest",
                        "signature",
                        "key_id");
    }

    private Table table(String name, boolean hasId, String... columns) throws SQLException {
        List<String> all = new ArrayList<>();
        if (hasId) {
            all.add("id");
        }
        all.addAll(List.of(columns));
        long nextId = 1;
        if (hasId) {
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("select coalesce(max(id), 0) from " + name)) {
                rs.next();
                nextId = rs.getLong(1) + 1;
            }
        }
        DemoRows rows =
                copy == null
                        ? new BatchRows(connection, name, all)
                        : new CopyRows(background, name, all);
        Table t = new Table(name, hasId, rows, nextId);
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

    private SchoolIds writeSchool(DemoSchool s) throws SQLException {
        long schoolId = school.nextId++;
        DemoRows ps = school.rows;
        ps.setLong(1, schoolId);
        ps.setString(2, s.name());
        ps.setString(3, s.shortName());
        added(school);
        writeYear(schoolId, yearPlan);

        long[] staffIds = new long[s.staff().size()];
        for (DemoStaff member : s.staff()) {
            long accountId = insertAccount(member.account(), schoolId);
            long id = staff.nextId++;
            ps = staff.rows;
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
            ps = room.rows;
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
            ps = schoolClass.rows;
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
            writeSubject(schoolId, sub, subjectIds);
        }

        for (DemoCurriculumLine line : s.curriculum()) {
            ps = curriculumLine.rows;
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
            ps = assignment.rows;
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
            ps = timetableEntry.rows;
            ps.setLong(1, timetableEntry.nextId++);
            ps.setLong(2, schoolId);
            ps.setLong(3, assignmentIds[e.assignment().index()]);
            ps.setInt(4, e.weekday().getValue());
            ps.setInt(5, e.number());
            ps.setString(6, e.room().name());
            added(timetableEntry);
        }

        long[] pupilIds = new long[s.pupils().size()];
        long firstGuardianId = -1;
        for (DemoPupil p : s.pupils()) {
            long accountId = insertAccount(p.account(), schoolId);
            long pupilId = pupil.nextId++;
            ps = pupil.rows;
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
            ps = guardian.rows;
            ps.setLong(1, guardianId);
            ps.setLong(2, schoolId);
            ps.setLong(3, guardianAccountId);
            setPerson(ps, 4, g.person());
            ps.setString(7, g.email());
            ps.setString(8, g.phone());
            added(guardian);

            ps = pupilGuardian.rows;
            ps.setLong(1, pupilId);
            ps.setLong(2, guardianId);
            added(pupilGuardian);
            if (p.index() == 0) {
                firstGuardianId = guardianId;
            }
        }
        // R-D01: the school's first parent (sN.parent1) has a second child in another class, so
        // the diary's child switcher can be tried; it sorts after the first child (the tests'
        // first child stays the pupil of 5 «А»)
        DemoPupil sibling = secondChild(s.pupils());
        if (sibling != null) {
            ps = pupilGuardian.rows;
            ps.setLong(1, pupilIds[sibling.index()]);
            ps.setLong(2, firstGuardianId);
            added(pupilGuardian);
        }

        for (DemoClass c : s.classes()) {
            DemoClassYear year = s.yearOf(c);
            for (DemoLesson l : year.lessons()) {
                long lessonId =
                        writeLesson(
                                schoolId,
                                assignmentIds[l.assignment().index()],
                                l,
                                l.givenBy() == null ? null : staffIds[l.givenBy().index()]);
                for (DemoMark m : l.marks()) {
                    writeMark(schoolId, lessonId, l.date(), pupilIds[m.pupil().index()], m);
                }
            }
            for (DemoControlWork w : year.controlWorks()) {
                ps = controlWork.rows;
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
                writePeriodMark(
                        schoolId,
                        assignmentIds[m.assignment().index()],
                        periodIds.get(m.period()),
                        pupilIds[m.pupil().index()],
                        m);
            }
            for (DemoJournalLock l : year.locks()) {
                writeJournalLock(
                        schoolId,
                        assignmentIds[l.assignment().index()],
                        periodIds.get(l.period()),
                        l);
            }
            for (DemoMessage m : year.messages()) {
                ps = parentMessage.rows;
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
        return new SchoolIds(s, schoolId, staffIds, classIds, subjectIds, pupilIds, assignmentIds);
    }

    /** The ids one school's rows got, for its previous year. */
    private record SchoolIds(
            DemoSchool school,
            long schoolId,
            long[] staffIds,
            long[] classIds,
            long[] subjectIds,
            long[] pupilIds,
            long[] assignmentIds) {}

    /**
     * The school's previous year (R-S01, R-S02): its academic year with periods and holidays, the
     * subjects taught last year only, last year's journals of the same classes, their lessons with
     * marks and absences, period marks, locks, year marks, and each period's journal signed by its
     * teacher after closing it (R-J14), over the same canonical content the server signs.
     */
    private void writePreviousYear(SchoolIds ids) throws SQLException {
        DemoSchool s = ids.school();
        long schoolId = ids.schoolId();
        DemoPreviousYear year = s.previousYear();
        long yearId = writeYear(schoolId, year.plan());
        long[] subjectIds = new long[s.subjects().size() + year.newSubjects().size()];
        System.arraycopy(ids.subjectIds(), 0, subjectIds, 0, ids.subjectIds().length);
        for (DemoSubject sub : year.newSubjects()) {
            writeSubject(schoolId, sub, subjectIds);
        }
        // a class's journal of a subject is one teaching assignment across the years (unique by
        // subject and class): last year's lessons of a subject the class still has go into this
        // year's journal, as after a real rollover; a subject of last year only gets its own
        Map<String, Long> continuing = new HashMap<>();
        for (DemoAssignment a : s.assignments()) {
            continuing.put(
                    a.subject().name() + "|" + a.schoolClass().index(),
                    ids.assignmentIds()[a.index()]);
        }
        long[] assignmentIds = new long[year.assignments().size()];
        for (DemoAssignment a : year.assignments()) {
            Long same = continuing.get(a.subject().name() + "|" + a.schoolClass().index());
            if (same != null) {
                assignmentIds[a.index()] = same;
                continue;
            }
            long id = assignment.nextId++;
            DemoRows ps = assignment.rows;
            ps.setLong(1, id);
            ps.setLong(2, schoolId);
            ps.setLong(3, ids.staffIds()[a.teacher().index()]);
            ps.setLong(4, subjectIds[a.subject().index()]);
            ps.setLong(5, ids.classIds()[a.schoolClass().index()]);
            ps.setObject(6, BigDecimal.valueOf(a.hoursPerWeek()));
            added(assignment);
            assignmentIds[a.index()] = id;
        }
        long[] pupilIds = ids.pupilIds();
        for (DemoClass c : year.classes()) {
            DemoPastClassYear past = s.pastYearOf(c);
            Map<DemoAssignment, List<JournalContent.LessonLine>> lessonLines = new HashMap<>();
            Map<DemoAssignment, List<JournalContent.MarkLine>> markLines = new HashMap<>();
            Map<DemoAssignment, List<JournalContent.AttendanceLine>> absenceLines = new HashMap<>();
            for (DemoPastLesson given : past.lessons()) {
                DemoLesson l = given.lesson();
                DemoAssignment a = l.assignment();
                long lessonId = writeLesson(schoolId, assignmentIds[a.index()], l, null);
                lessonLines
                        .computeIfAbsent(a, x -> new ArrayList<>())
                        .add(
                                new JournalContent.LessonLine(
                                        l.date(),
                                        l.number(),
                                        l.topic(),
                                        l.homework(),
                                        false,
                                        null));
                for (DemoMark m : l.marks()) {
                    long pupilId = pupilIds[m.pupil().index()];
                    writeMark(schoolId, lessonId, l.date(), pupilId, m);
                    markLines
                            .computeIfAbsent(a, x -> new ArrayList<>())
                            .add(
                                    new JournalContent.MarkLine(
                                            l.date(),
                                            l.number(),
                                            pupilId,
                                            m.workType().name(),
                                            m.value()));
                }
                for (DemoAttendance x : given.attendance()) {
                    long pupilId = pupilIds[x.pupil().index()];
                    DemoRows ps = attendance.rows;
                    ps.setLong(1, attendance.nextId++);
                    ps.setLong(2, schoolId);
                    ps.setLong(3, lessonId);
                    ps.setLong(4, pupilId);
                    ps.setString(5, x.kind().name());
                    ps.setObject(6, x.enteredAt());
                    ps.setString(7, x.enteredBy());
                    added(attendance);
                    absenceLines
                            .computeIfAbsent(a, y -> new ArrayList<>())
                            .add(
                                    new JournalContent.AttendanceLine(
                                            l.date(), l.number(), pupilId, x.kind().code()));
                }
            }
            Map<String, List<JournalContent.PeriodMarkLine>> periodLines = new HashMap<>();
            for (DemoPeriodMark m : past.periodMarks()) {
                long periodId = periodIds.get(m.period());
                long pupilId = pupilIds[m.pupil().index()];
                writePeriodMark(
                        schoolId, assignmentIds[m.assignment().index()], periodId, pupilId, m);
                periodLines
                        .computeIfAbsent(
                                m.assignment().index() + " " + periodId, x -> new ArrayList<>())
                        .add(new JournalContent.PeriodMarkLine(pupilId, m.value(), null, null));
            }
            // every journal of last year, also one continuing this year: the year tells them apart
            for (DemoYearMark m : past.yearMarks()) {
                DemoRows ps = yearMark.rows;
                ps.setLong(1, yearMark.nextId++);
                ps.setLong(2, schoolId);
                ps.setLong(3, assignmentIds[m.assignment().index()]);
                ps.setLong(4, pupilIds[m.pupil().index()]);
                ps.setLong(5, yearId);
                ps.setString(6, m.value());
                ps.setString(7, m.value());
                ps.setObject(8, m.enteredAt());
                ps.setString(9, m.enteredBy());
                added(yearMark);
            }
            for (DemoJournalLock l : past.locks()) {
                DemoAssignment a = l.assignment();
                long assignmentId = assignmentIds[a.index()];
                long periodId = periodIds.get(l.period());
                writeJournalLock(schoolId, assignmentId, periodId, l);

                YearPlan.Period p = l.period();
                List<JournalContent.LessonLine> lessonsOf = lessonLines.get(a);
                List<JournalContent.MarkLine> marksOf = markLines.get(a);
                List<JournalContent.AttendanceLine> absencesOf = absenceLines.get(a);
                List<JournalContent.PeriodMarkLine> periodMarksOf =
                        periodLines.getOrDefault(a.index() + " " + periodId, List.of());
                signer.sign(
                        journalSignature.nextId++,
                        schoolId,
                        assignmentId,
                        periodId,
                        a.teacher().account().login(),
                        signerName(a.teacher().person()),
                        l.lockedAt().plusMinutes(5).toInstant(),
                        () ->
                                new JournalContent(
                                        assignmentId,
                                        periodId,
                                        within(lessonsOf, p, JournalContent.LessonLine::date),
                                        within(marksOf, p, JournalContent.MarkLine::date),
                                        within(absencesOf, p, JournalContent.AttendanceLine::date),
                                        periodMarksOf));
            }
            writeSignatures(SIGNATURES_AHEAD);
        }
    }

    /**
     * Writes the rows of the oldest signatures under way, waiting for them, until at most {@code
     * ahead} are left (their content stays in memory until then).
     */
    private void writeSignatures(int ahead) throws SQLException {
        while (signer.pending() > ahead) {
            DemoSigner.Pending s = signer.next();
            DemoRows ps = journalSignature.rows;
            ps.setLong(1, s.id());
            ps.setLong(2, s.schoolId());
            ps.setLong(3, s.assignmentId());
            ps.setLong(4, s.periodId());
            ps.setString(5, s.login());
            ps.setString(6, s.signerName());
            ps.setObject(7, s.signedAt().atOffset(ZoneOffset.UTC));
            ps.setString(8, s.digest());
            ps.setString(9, s.signature());
            ps.setString(10, signer.keyId());
            added(journalSignature);
        }
    }

    /** The lines dated within the period. */
    private static <T> List<T> within(
            List<T> lines, YearPlan.Period period, Function<T, LocalDate> date) {
        return lines == null
                ? List.of()
                : lines.stream().filter(x -> period.contains(date.apply(x))).toList();
    }

    /** «М. П. Иванова», as the signature line names the signer. */
    private static String signerName(DemoPerson p) {
        return p.firstName().charAt(0)
                + ". "
                + (p.middleName() == null || p.middleName().isEmpty()
                        ? ""
                        : p.middleName().charAt(0) + ". ")
                + p.lastName();
    }

    private static void setText(DemoRows ps, int index, String text) throws SQLException {
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
        DemoRows ps = bellSchedule.rows;
        ps.setLong(1, scheduleId);
        ps.setLong(2, schoolId);
        ps.setString(3, BellSchedule.MAIN_NAME);
        added(bellSchedule);
        for (BellSchedule.Period p : BellSchedule.standard().periods()) {
            ps = bellPeriod.rows;
            ps.setLong(1, bellPeriod.nextId++);
            ps.setLong(2, schoolId);
            ps.setLong(3, scheduleId);
            ps.setInt(4, p.number());
            ps.setObject(5, p.start());
            ps.setObject(6, p.end());
            added(bellPeriod);
        }
    }

    /**
     * The school's academic year with its study periods and holidays (R-S01, R-S02).
     *
     * @return the year's id
     */
    private long writeYear(long schoolId, YearPlan yearPlan) throws SQLException {
        long yearId = academicYear.nextId++;
        DemoRows ps = academicYear.rows;
        ps.setLong(1, yearId);
        ps.setLong(2, schoolId);
        ps.setString(3, yearPlan.name());
        ps.setObject(4, yearPlan.startsOn());
        ps.setObject(5, yearPlan.endsOn());
        added(academicYear);
        periodIds.clear();
        for (YearPlan.Period p : yearPlan.periods()) {
            ps = studyPeriod.rows;
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
            ps = holiday.rows;
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
        return yearId;
    }

    private long insertAccount(DemoAccount a, Long schoolId) throws SQLException {
        long id = account.nextId++;
        DemoRows ps = account.rows;
        ps.setLong(1, id);
        ps.setString(2, a.login());
        ps.setString(3, passwordHash);
        ps.setString(4, a.fullName());
        added(account);
        for (String role : a.roles()) {
            ps = accountRole.rows;
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

    /** A subject's row; its id goes to {@code subjectIds} at the subject's index. */
    private void writeSubject(long schoolId, DemoSubject sub, long[] subjectIds)
            throws SQLException {
        long id = subject.nextId++;
        DemoRows ps = subject.rows;
        ps.setLong(1, id);
        ps.setLong(2, schoolId);
        ps.setString(3, sub.name());
        ps.setString(4, sub.grading().name());
        added(subject);
        subjectIds[sub.index()] = id;
    }

    /**
     * A lesson's row, this year's or last year's ({@code givenById} null: given by the journal's
     * own teacher); its id.
     */
    private long writeLesson(long schoolId, long assignmentId, DemoLesson l, Long givenById)
            throws SQLException {
        long lessonId = lesson.nextId++;
        DemoRows ps = lesson.rows;
        ps.setLong(1, lessonId);
        ps.setLong(2, schoolId);
        ps.setLong(3, assignmentId);
        ps.setObject(4, l.date());
        ps.setInt(5, l.number());
        setText(ps, 6, l.topic());
        setText(ps, 7, l.homework());
        if (givenById == null) {
            ps.setNull(8, Types.BIGINT);
        } else {
            ps.setLong(8, givenById);
        }
        added(lesson);
        return lessonId;
    }

    private void writeMark(
            long schoolId, long lessonId, LocalDate lessonDate, long pupilId, DemoMark m)
            throws SQLException {
        DemoRows ps = mark.rows;
        ps.setLong(1, mark.nextId++);
        ps.setLong(2, schoolId);
        ps.setLong(3, lessonId);
        ps.setLong(4, pupilId);
        ps.setString(5, m.workType().name());
        ps.setString(6, m.value());
        ps.setObject(7, m.enteredAt());
        ps.setString(8, m.enteredBy());
        ps.setObject(9, lessonDate);
        added(mark);
    }

    /** A period mark set as suggested (the suggestion is the value). */
    private void writePeriodMark(
            long schoolId, long assignmentId, long periodId, long pupilId, DemoPeriodMark m)
            throws SQLException {
        DemoRows ps = periodMark.rows;
        ps.setLong(1, periodMark.nextId++);
        ps.setLong(2, schoolId);
        ps.setLong(3, assignmentId);
        ps.setLong(4, periodId);
        ps.setLong(5, pupilId);
        ps.setString(6, m.value());
        ps.setString(7, m.value());
        ps.setObject(8, m.average());
        ps.setObject(9, m.enteredAt());
        ps.setString(10, m.enteredBy());
        added(periodMark);
    }

    private void writeJournalLock(
            long schoolId, long assignmentId, long periodId, DemoJournalLock l)
            throws SQLException {
        DemoRows ps = journalLock.rows;
        ps.setLong(1, journalLock.nextId++);
        ps.setLong(2, schoolId);
        ps.setLong(3, assignmentId);
        ps.setLong(4, periodId);
        ps.setObject(5, l.lockedAt());
        ps.setString(6, l.lockedBy());
        added(journalLock);
    }

    private static void setPerson(DemoRows ps, int from, DemoPerson person) throws SQLException {
        ps.setString(from, person.lastName());
        ps.setString(from + 1, person.firstName());
        ps.setString(from + 2, person.middleName());
    }

    private void added(Table t) throws SQLException {
        t.rows.addRow();
        t.written++;
        // with COPY one transaction (the constraints are back only at its end); each table's rows
        // go as their chunk fills
        if (copy == null && ++pending >= commitEvery) {
            flushAndCommit();
        }
    }

    private void flushAndCommit() throws SQLException {
        for (Table t : tables) {
            t.rows.flush();
        }
        connection.commit();
        pending = 0;
    }

    /**
     * Statistics for the planner on PostgreSQL, whose autovacuum would see the new rows only
     * minutes later: the first queries after a bulk load would plan for empty tables. (H2 analyzes
     * by itself after enough changed rows.)
     */
    private void analyze() throws SQLException {
        if (copy == null) {
            return;
        }
        long started = System.nanoTime();
        try (Statement st = connection.createStatement()) {
            st.execute("analyze " + String.join(", ", tables.stream().map(t -> t.name).toList()));
        }
        connection.commit();
        LOG.info(
                () ->
                        "Demo data: tables analyzed in "
                                + (System.nanoTime() - started) / 1_000_000
                                + " ms");
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
        final DemoRows rows;
        long nextId;
        long written;

        Table(String name, boolean hasId, DemoRows rows, long nextId) {
            this.name = name;
            this.hasId = hasId;
            this.rows = rows;
            this.nextId = nextId;
        }

        void close() {
            rows.close();
        }
    }

    /**
     * The first pupil of another class than the school's first pupil whose surname begins with a
     * later letter (no Ё, whose place differs between collations), or null.
     */
    static DemoPupil secondChild(List<DemoPupil> pupils) {
        if (pupils.isEmpty()) {
            return null;
        }
        DemoPupil first = pupils.get(0);
        char letter = first.person().lastName().charAt(0);
        return pupils.stream()
                .filter(p -> p.schoolClass().index() != first.schoolClass().index())
                .filter(p -> p.person().lastName().charAt(0) > letter)
                .filter(p -> p.person().lastName().charAt(0) != 'Ё' && letter != 'Ё')
                .findFirst()
                .orElse(null);
    }
}
