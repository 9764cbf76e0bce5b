package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.Query;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.schooljournal.demo.control.DemoMunicipality;
import org.schooljournal.demo.control.DemoSize;
import org.schooljournal.demo.control.DemoWriter;
import org.schooljournal.journal.control.SigningKey;
import org.schooljournal.platform.entity.SchoolOwned;
import org.schooljournal.testing.TestDatabase;

/**
 * Issue 11 item 1: the queries behind the teacher's, deputy's and parent's daily pages, as
 * EclipseLink sends them (the tenant's {@code school_id} on every school-owned table), planned by
 * PostgreSQL right after a demo load of several schools. None may read a table of {@link #GROWING}
 * whole: a sequential scan there grows with the municipality. The statements explained are the
 * application's named queries run through its own persistence unit, not copies of their SQL, so a
 * changed query is the one checked.
 */
class DailyQueryPlansIT {
    /** Beside the run's own test database, so two engineers' runs do not reset each other's. */
    static final String DB = System.getProperty("journal.db.name", "journal") + "_plans";

    static final String URL = TestDatabase.url(DB);
    static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneId.of("Europe/Moscow"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Pattern SEQ_SCAN =
            Pattern.compile("\"Node Type\": \"Seq Scan\",[^}]*?\"Relation Name\": \"(\\w+)\"");

    /**
     * Tables that grow with the municipality, whole reads of which a daily query must not need: the
     * journal's entries, the families (a parent's children were found by reading every pupil's
     * guardians until V50) and the journals themselves (a class teacher's list read every journal
     * of the municipality until V52).
     */
    static final List<String> GROWING =
            List.of(
                    "lesson",
                    "mark",
                    "attendance",
                    "pupil",
                    "guardian",
                    "pupil_guardian",
                    "individual_plan_line",
                    "teaching_assignment");

    @TempDir static Path keyDir;

    /** The last school of the demo, one of its teachers, a journal, a pupil and a parent. */
    static long school;

    static long teacherAccount;
    static long substituteAccount;
    static long classTeacherAccount;
    static long schoolClass;
    static long assignment;
    static long pupil;
    static long parentAccount;
    static long period;

    /** The application's own persistence unit, so the queries explained are the ones it runs. */
    static EntityManagerFactory emf;

    @BeforeAll
    static void loadTenSchools() throws Exception {
        Process reset =
                new ProcessBuilder("bash", "../config/reset-test-db.sh", DB).inheritIO().start();
        assertThat(reset.waitFor()).as("reset-test-db.sh " + DB).isZero();
        Flyway.configure()
                .dataSource(URL, "journal", "journal")
                .locations("classpath:db/migration", "classpath:db/vendor/{vendor}")
                .failOnMissingLocations(false)
                .load()
                .migrate();
        try (Connection c = TestDatabase.owner(DB)) {
            new DemoWriter(c, "HASH", DemoWriter.DEFAULT_COMMIT_EVERY, new SigningKey(keyDir), true)
                    .write(
                            new DemoMunicipality(
                                    new DemoSize(10, 8, 25, 40),
                                    DemoMunicipality.DEFAULT_SEED,
                                    CLOCK));
        }
        // the demos have no individual plans: a pupil in ten of every school has one (R-S07), as a
        // municipality would, so that a query of them is planned against a table with rows
        try (Connection c = TestDatabase.owner(DB);
                var st = c.createStatement()) {
            st.executeUpdate(
                    "insert into individual_plan_line (school_id, pupil_id, subject_id, mode)"
                            + " select p.school_id, p.id, (select min(s.id) from subject s where"
                            + " s.school_id = p.school_id), 'NOT_STUDIED' from pupil p where"
                            + " p.id % 10 = 0");
            st.execute("analyze individual_plan_line");
        }
        school = one("select max(id) from school");
        assignment =
                one("select max(t.id) from teaching_assignment t where t.school_id = " + school);
        teacherAccount =
                one(
                        "select s.account_id from teaching_assignment t join staff s on s.id ="
                                + " t.teacher_id where t.id = "
                                + assignment);
        substituteAccount =
                one(
                        "select coalesce(max(s.account_id), "
                                + teacherAccount
                                + ") from lesson l join staff s on s.id = l.given_by where"
                                + " l.school_id = "
                                + school);
        schoolClass =
                one(
                        "select max(id) from school_class where class_teacher_id is not null and"
                                + " school_id = "
                                + school);
        classTeacherAccount =
                one(
                        "select s.account_id from school_class c join staff s on s.id ="
                                + " c.class_teacher_id where c.id = "
                                + schoolClass);
        pupil = one("select max(id) from pupil where school_id = " + school);
        parentAccount =
                one(
                        "select max(g.account_id) from pupil_guardian pg join guardian g on g.id ="
                                + " pg.guardian_id where pg.pupil_id = "
                                + pupil);
        period =
                one(
                        "select max(p.id) from study_period p where p.school_id = "
                                + school
                                + " and p.starts_on <= date '"
                                + TODAY
                                + "'");
        emf = applicationQueries();
    }

    @AfterAll
    static void closePersistenceUnit() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    @DisplayName(
            "R-T01 issue 11: after a demo load no daily query of teacher, deputy or parent seq-scans"
                    + " lesson, mark, attendance, pupil, guardian or pupil_guardian")
    void dailyQueriesUseIndexes() throws Exception {
        LocalDate monthStart = TODAY.withDayOfMonth(1);
        LocalDate monthEnd = monthStart.plusMonths(1).minusDays(1);
        LocalDate yearStart = LocalDate.of(2026, 9, 1);
        Map<String, Map<String, Object>> queries = new LinkedHashMap<>();
        // the journal list (GET /api/v1/journals): own journals, past-only ones, substitutions
        queries.put("TeachingAssignment.byTeacherAccount", Map.of("accountId", teacherAccount));
        queries.put("Lesson.journalsEndedBefore", Map.of("start", yearStart));
        queries.put(
                "Lesson.journalsEndedBeforeAmong",
                Map.of("ids", List.of(assignment, assignment - 1), "start", yearStart));
        queries.put(
                "Lesson.journalsGivenBySince",
                Map.of("accountId", substituteAccount, "since", TODAY.minusDays(31)));
        // ... and a class teacher's: its classes, then their journals
        queries.put(
                "SchoolClass.idsOfClassTeacherAccount", Map.of("accountId", classTeacherAccount));
        queries.put("TeachingAssignment.ofClasses", Map.of("classIds", List.of(schoolClass)));
        // the journal page / grid of a month
        Map<String, Object> month =
                Map.of("assignmentId", assignment, "from", monthStart, "to", monthEnd);
        queries.put("Lesson.ofAssignment", month);
        queries.put("Mark.ofAssignment", month);
        queries.put("Attendance.ofAssignment", month);
        queries.put(
                "Lesson.countOfAssignmentBetween",
                Map.of("assignmentId", assignment, "from", yearStart, "to", TODAY));
        // period marks of a journal
        queries.put("PeriodMark.ofJournal", Map.of("assignmentId", assignment, "periodId", period));
        // every save's and grid's roster: the pupils with an individual plan in the subject
        queries.put(
                "IndividualPlanLine.ofSubject",
                Map.of(
                        "subjectId",
                        one(
                                "select subject_id from teaching_assignment where id = "
                                        + assignment)));
        // the parent's diary: children, then a child's marks of a fortnight
        queries.put("Pupil.ofGuardianAccount", Map.of("accountId", parentAccount));
        queries.put(
                "Mark.ofPupil", Map.of("pupilId", pupil, "from", TODAY.minusDays(13), "to", TODAY));
        // the teacher's timetable and calendar of a week
        queries.put(
                "Lesson.ofTeacherAccountBetween",
                Map.of("accountId", teacherAccount, "from", TODAY.minusDays(4), "to", TODAY));

        Map<String, List<String>> seqScans = new LinkedHashMap<>();
        EntityManager em = emf.createEntityManager();
        try (Connection c = TestDatabase.owner(DB)) {
            // planned as the application's sessions plan them: with the pool's own settings
            try (Statement st = c.createStatement()) {
                st.execute(poolInitSql());
            }
            for (var q : queries.entrySet()) {
                List<SentStatement> sent = sentBy(em, q.getKey(), q.getValue());
                assertThat(sent).as("SQL sent for %s", q.getKey()).isNotEmpty();
                List<String> big = new ArrayList<>();
                for (SentStatement statement : sent) {
                    assertThat(statement.sql())
                            .as("%s as EclipseLink sends it is filtered by the tenant", q.getKey())
                            .containsIgnoringCase("school_id");
                    Matcher m = SEQ_SCAN.matcher(plan(c, statement));
                    while (m.find()) {
                        if (GROWING.contains(m.group(1))) {
                            big.add(m.group(1));
                        }
                    }
                }
                if (!big.isEmpty()) {
                    seqScans.put(q.getKey(), big);
                }
            }
        } finally {
            em.close();
        }
        assertThat(seqScans).as("daily queries that seq-scan a table in %s", GROWING).isEmpty();
    }

    /** The SQL the production pool runs on each new connection (its planner settings). */
    static String poolInitSql() throws java.io.IOException {
        Matcher m =
                Pattern.compile("--initsql \"([^\"]+)\"")
                        .matcher(
                                java.nio.file.Files.readString(
                                        Path.of("../config/pool-postgresql.asadmin")));
        assertThat(m.find()).as("--initsql in config/pool-postgresql.asadmin").isTrue();
        return m.group(1);
    }

    /**
     * The statement EclipseLink sends for a named query of the application with these parameters:
     * the query is run (its rows are few) and the first statement that reached the connection is
     * the query's own. Those after it load relationships one by one: outside the server the
     * entities are not woven, so their lazy to-one relationships are read at once, which the
     * application on the server never does.
     */
    private static List<SentStatement> sentBy(
            EntityManager em, String name, Map<String, Object> parameters) {
        Query query = em.createNamedQuery(name);
        parameters.forEach(query::setParameter);
        SENT.clear();
        query.getResultList();
        em.clear();
        return SENT.isEmpty() ? List.of() : List.of(SENT.get(0));
    }

    @Test
    @DisplayName(
            "Issue 11: the journal list's past-only journals by index probes are the journals whose lessons all lie before the year (the former group by)")
    void pastOnlyJournalsAsBefore() throws Exception {
        String groupBy =
                "select assignment_id from lesson where school_id = %d group by assignment_id"
                        + " having max(lesson_date) < date '%s'";
        String probes =
                "select t.id from teaching_assignment t where t.school_id = %d and exists (select"
                        + " 1 from lesson k where k.assignment_id = t.id) and not exists (select 1"
                        + " from lesson n where n.assignment_id = t.id and n.lesson_date >= date"
                        + " '%s')";
        for (LocalDate start : List.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 1))) {
            List<Long> before = ids(String.format(groupBy, school, start));
            assertThat(ids(String.format(probes, school, start)))
                    .as("past-only journals before " + start)
                    .containsExactlyInAnyOrderElementsOf(before);
        }
    }

    private static List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = TestDatabase.owner(DB);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    @Test
    @DisplayName(
            "R-T01 issue 11: the caller's roles come with its school's own time zone in one statement, so a request reads the school no second time")
    void identityBringsTheSchoolsZone() throws Exception {
        String login;
        try (Connection c = TestDatabase.owner(DB);
                Statement st = c.createStatement()) {
            // this test's own database: the last school keeps Yekaterinburg's clock from now on
            st.executeUpdate(
                    "update school set time_zone = 'Asia/Yekaterinburg' where id = " + school);
            try (ResultSet rs =
                    st.executeQuery("select login from account where id = " + teacherAccount)) {
                rs.next();
                login = rs.getString(1);
            }
        }
        EntityManager em = emf.createEntityManager();
        try {
            SENT.clear();
            List<?> rows =
                    em.createNamedQuery("Account.rolesByLogin")
                            .setParameter(1, login)
                            .getResultList();
            assertThat(rows)
                    .isNotEmpty()
                    .map(row -> List.of((Object[]) row))
                    .allSatisfy(row -> assertThat(row.get(1)).isEqualTo(school))
                    .allSatisfy(row -> assertThat(row.get(3)).isEqualTo("Asia/Yekaterinburg"));
            assertThat(SENT).hasSize(1);
        } finally {
            em.close();
        }
    }

    /** PostgreSQL's plan of a sent statement, its parameters bound as EclipseLink bound them. */
    private static String plan(Connection c, SentStatement statement) throws Exception {
        try (PreparedStatement ps =
                c.prepareStatement("explain (format json) " + statement.sql())) {
            for (Bind bind : statement.binds()) {
                bind.method().invoke(ps, bind.args());
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** A parameter binding as the application made it: the setter and its arguments. */
    record Bind(Method method, Object[] args) {}

    /** A statement the application executed, with its bindings in order. */
    record SentStatement(String sql, List<Bind> binds) {}

    /** What the persistence unit sent since the last clear (one test thread). */
    static final List<SentStatement> SENT = new ArrayList<>();

    /**
     * The application's persistence unit outside the server, as the school's tenant, over
     * connections that note every prepared statement executed and its parameter bindings.
     */
    private static EntityManagerFactory applicationQueries() {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(URL);
        pg.setUser("journal");
        pg.setPassword("journal");
        DataSource recording =
                (DataSource)
                        Proxy.newProxyInstance(
                                DailyQueryPlansIT.class.getClassLoader(),
                                new Class<?>[] {DataSource.class},
                                (proxy, method, args) -> {
                                    Object result = invoke(pg, method, args);
                                    return result instanceof Connection connection
                                            ? recording(connection)
                                            : result;
                                });
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        properties.put(PersistenceUnitProperties.JTA_DATASOURCE, "");
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, recording);
        properties.put(SchoolOwned.TENANT_PROPERTY, school);
        return Persistence.createEntityManagerFactory("journal", properties);
    }

    private static Connection recording(Connection connection) {
        return (Connection)
                Proxy.newProxyInstance(
                        DailyQueryPlansIT.class.getClassLoader(),
                        new Class<?>[] {Connection.class},
                        (proxy, method, args) -> {
                            Object result = invoke(connection, method, args);
                            if (result instanceof PreparedStatement ps
                                    && method.getName().equals("prepareStatement")) {
                                return recording(ps, (String) args[0]);
                            }
                            return result;
                        });
    }

    private static PreparedStatement recording(PreparedStatement statement, String sql) {
        List<Bind> binds = new ArrayList<>();
        return (PreparedStatement)
                Proxy.newProxyInstance(
                        DailyQueryPlansIT.class.getClassLoader(),
                        new Class<?>[] {PreparedStatement.class},
                        (proxy, method, args) -> {
                            if (method.getName().startsWith("set")
                                    && args != null
                                    && args.length >= 2
                                    && args[0] instanceof Integer) {
                                binds.add(new Bind(method, args.clone()));
                            } else if (method.getName().startsWith("execute")
                                    && (args == null || args.length == 0)) {
                                SENT.add(new SentStatement(sql, List.copyOf(binds)));
                            } else if (method.getName().equals("clearParameters")) {
                                binds.clear();
                            }
                            return invoke(statement, method, args);
                        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static long one(String sql) throws SQLException {
        try (Connection c = TestDatabase.owner(DB);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
