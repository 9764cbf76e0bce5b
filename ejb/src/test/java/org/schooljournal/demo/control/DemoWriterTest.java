package org.schooljournal.demo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.calendar.control.YearPlan;
import org.schooljournal.journal.control.SigningKey;

/**
 * The writer against an in-memory fake of JDBC that checks what the schema would: foreign keys
 * (against rows already executed), not-null ids and the unique keys. The real databases are
 * exercised by loading the demo on PostgreSQL and H2.
 */
class DemoWriterTest {
    @TempDir static Path keyDir;

    private static SigningKey key;

    @BeforeAll
    static void key() {
        key = new SigningKey(keyDir);
    }

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneId.of("Europe/Moscow"));

    private static final Map<String, String> REFERENCES =
            Map.ofEntries(
                    Map.entry("school_id", "school"),
                    Map.entry("account_id", "account"),
                    Map.entry("class_teacher_id", "staff"),
                    Map.entry("teacher_id", "staff"),
                    Map.entry("subject_id", "subject"),
                    Map.entry("class_id", "school_class"),
                    Map.entry("pupil_id", "pupil"),
                    Map.entry("guardian_id", "guardian"),
                    Map.entry("assignment_id", "teaching_assignment"),
                    Map.entry("lesson_id", "lesson"),
                    Map.entry("year_id", "academic_year"),
                    Map.entry("schedule_id", "bell_schedule"),
                    Map.entry("period_id", "study_period"),
                    Map.entry("given_by", "staff"));

    private static final Map<String, List<List<String>>> UNIQUE =
            Map.ofEntries(
                    Map.entry("school", List.of(List.of("short_name"))),
                    Map.entry("account", List.of(List.of("login"))),
                    Map.entry("account_role", List.of(List.of("account_id", "school_id", "role"))),
                    Map.entry("school_class", List.of(List.of("school_id", "grade", "letter"))),
                    Map.entry(
                            "pupil",
                            List.of(List.of("school_id", "last_name", "first_name", "birth_date"))),
                    Map.entry("pupil_guardian", List.of(List.of("pupil_id", "guardian_id"))),
                    Map.entry("subject", List.of(List.of("school_id", "name"))),
                    Map.entry("teaching_assignment", List.of(List.of("subject_id", "class_id"))),
                    Map.entry(
                            "lesson",
                            List.of(List.of("assignment_id", "lesson_date", "lesson_number"))),
                    Map.entry("mark", List.of(List.of("lesson_id", "pupil_id", "work_type"))),
                    Map.entry("academic_year", List.of(List.of("school_id", "starts_on"))),
                    Map.entry("room", List.of(List.of("school_id", "name"))),
                    Map.entry("bell_schedule", List.of(List.of("school_id", "name"))),
                    Map.entry("bell_period", List.of(List.of("schedule_id", "lesson_number"))),
                    Map.entry(
                            "curriculum_line",
                            List.of(List.of("school_id", "grade", "profile", "subject_id"))),
                    Map.entry(
                            "timetable_entry",
                            List.of(List.of("assignment_id", "weekday", "lesson_number"))),
                    Map.entry(
                            "control_work", List.of(List.of("school_id", "class_id", "work_date"))),
                    Map.entry(
                            "period_mark",
                            List.of(List.of("assignment_id", "period_id", "pupil_id"))),
                    Map.entry("journal_lock", List.of(List.of("assignment_id", "period_id"))),
                    Map.entry(
                            "year_mark", List.of(List.of("assignment_id", "pupil_id", "year_id"))));

    /** Rows per table, as executed; ids per table; statements run; commits. */
    private final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();

    private final Map<String, Set<Object>> ids = new HashMap<>();
    private final Map<String, Set<List<Object>>> keys = new HashMap<>();
    private final List<String> executed = new ArrayList<>();
    private final Map<String, Long> maxIds = new HashMap<>();
    private final Set<String> existingLogins = new HashSet<>();
    private int commits;
    private boolean autoCommit = true;

    @Test
    void writesEveryRowWithValidReferencesAndRestartsIdentities() throws Exception {
        maxIds.put("account", 41L); // an account that existed before the demo
        ids.computeIfAbsent("account", t -> new HashSet<>()).add(41L);
        DemoMunicipality municipality =
                new DemoMunicipality(
                        new DemoSize(2, 3, 4, 3), DemoMunicipality.DEFAULT_SEED, CLOCK);

        DemoLoadResult result =
                new DemoWriter(connection(), "HASH", 7, key, true).write(municipality);

        List<DemoLesson> pastLessons =
                municipality
                        .schools()
                        .flatMap(
                                s ->
                                        s.previousYear().classes().stream()
                                                .flatMap(c -> s.pastYearOf(c).lessons().stream()))
                        .map(DemoPastLesson::lesson)
                        .toList();
        long lessons =
                municipality.schools().flatMap(DemoSchool::lessons).count() + pastLessons.size();
        long marks =
                municipality
                                .schools()
                                .flatMap(DemoSchool::lessons)
                                .mapToLong(l -> l.marks().size())
                                .sum()
                        + pastLessons.stream().mapToLong(l -> l.marks().size()).sum();
        assertThat(result.rows("school")).isEqualTo(2);
        assertThat(result.rows("pupil")).isEqualTo(24);
        assertThat(result.rows("guardian")).isEqualTo(24);
        // each school's first parent has a second child (DemoWriter.secondChild)
        assertThat(result.rows("pupil_guardian")).isEqualTo(24 + 2);
        assertThat(result.rows("lesson")).isEqualTo(lessons).isPositive();
        assertThat(result.rows("mark")).isEqualTo(marks).isPositive();
        rows.forEach((table, written) -> assertThat(result.rows(table)).isEqualTo(written.size()));
        assertThat(result.totalRows())
                .isEqualTo(rows.values().stream().mapToLong(List::size).sum());

        assertThat(rows.get("account"))
                .allSatisfy(a -> assertThat(a.get("password_hash")).isEqualTo("HASH"));
        assertThat(rows.get("account").get(0))
                .containsEntry("id", 42L)
                .containsEntry("login", "admin");
        assertThat(rows.get("account_role").get(0))
                .containsEntry("role", "municipal_admin")
                .containsEntry("school_id", null);
        assertThat(rows.get("pupil").get(0).get("birth_date")).isInstanceOf(LocalDate.class);
        assertThat(rows.get("mark").get(0).get("entered_at")).isInstanceOf(OffsetDateTime.class);

        long accounts = rows.get("account").size();
        assertThat(executed)
                .contains("alter table school alter column id restart with 3")
                .contains("alter table account alter column id restart with " + (42 + accounts))
                .noneMatch(s -> s.startsWith("alter table pupil_guardian"));
        assertThat(commits).isGreaterThan((int) (result.totalRows() / 7) - 1);
        assertThat(autoCommit).isTrue();
    }

    @Test
    @DisplayName("R-S01 R-S02 Every demo school gets the standard academic year containing today")
    void writesTheStandardYearOfEverySchool() throws Exception {
        Clock november28 =
                Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneId.of("Europe/Moscow"));
        DemoMunicipality municipality =
                new DemoMunicipality(
                        new DemoSize(2, 3, 4, 3), DemoMunicipality.DEFAULT_SEED, november28);
        YearPlan plan = YearPlan.standard(2026);

        DemoLoadResult result =
                new DemoWriter(connection(), "HASH", 7, key, true).write(municipality);

        assertThat(municipality.yearPlan().name()).isEqualTo("2026/2027");
        YearPlan previous = YearPlan.standard(2025);
        assertThat(result.rows("academic_year")).isEqualTo(4);
        assertThat(result.rows("study_period"))
                .isEqualTo(2L * plan.periods().size() + 2L * previous.periods().size());
        assertThat(result.rows("holiday"))
                .isEqualTo(2L * plan.holidays().size() + 2L * previous.holidays().size());
        assertThat(rows.get("academic_year"))
                .extracting(y -> y.get("name"))
                .containsExactly("2026/2027", "2026/2027", "2025/2026", "2025/2026");
        assertThat(rows.get("academic_year"))
                .filteredOn(y -> y.get("name").equals("2026/2027"))
                .allSatisfy(
                        y -> {
                            assertThat(y)
                                    .containsEntry("name", "2026/2027")
                                    .containsEntry("starts_on", LocalDate.of(2026, 9, 1))
                                    .containsEntry("ends_on", LocalDate.of(2027, 5, 31));
                        });
        assertThat(rows.get("study_period"))
                .filteredOn(p -> p.get("school_id").equals(1L))
                .filteredOn(
                        p -> !((LocalDate) p.get("starts_on")).isBefore(LocalDate.of(2026, 9, 1)))
                .extracting(p -> p.get("kind") + " " + p.get("number") + " " + p.get("starts_on"))
                .containsExactly(
                        "QUARTER 1 2026-09-01",
                        "QUARTER 2 2026-11-05",
                        "QUARTER 3 2027-01-12",
                        "QUARTER 4 2027-03-30",
                        "HALF_YEAR 1 2026-09-01",
                        "HALF_YEAR 2 2027-01-12");
        assertThat(rows.get("holiday"))
                .extracting(h -> h.get("name"))
                .contains("Осенние каникулы", "Дополнительные каникулы для 1-х классов");
        assertThat(executed)
                .contains("alter table academic_year alter column id restart with 5")
                .contains(
                        "alter table study_period alter column id restart with "
                                + (1 + 2 * plan.periods().size() + 2 * previous.periods().size()));
        List<String> order = List.copyOf(result.rowsPerTable().keySet());
        assertThat(order.indexOf("academic_year"))
                .isGreaterThan(order.indexOf("school"))
                .isLessThan(order.indexOf("study_period"))
                .isLessThan(order.indexOf("holiday"));
    }

    @Test
    @DisplayName(
            "R-J12 every journal of 2025/26, also one the class keeps this year, gets its year marks for every pupil, in the year 2025/26")
    void writesLastYearsYearMarksOfEveryJournal() throws Exception {
        DemoMunicipality municipality =
                new DemoMunicipality(
                        new DemoSize(2, 3, 4, 3), DemoMunicipality.DEFAULT_SEED, CLOCK);

        DemoLoadResult result =
                new DemoWriter(connection(), "HASH", 7, key, true).write(municipality);

        long expected =
                municipality
                        .schools()
                        .mapToLong(
                                s ->
                                        s.previousYear().classes().stream()
                                                .mapToLong(c -> s.pastYearOf(c).yearMarks().size())
                                                .sum())
                        .sum();
        assertThat(result.rows("year_mark")).isEqualTo(expected).isPositive();
        Map<Object, Object> lastYearOfSchool = new HashMap<>();
        rows.get("academic_year").stream()
                .filter(y -> y.get("name").equals("2025/2026"))
                .forEach(y -> lastYearOfSchool.put(y.get("school_id"), y.get("id")));
        assertThat(rows.get("year_mark"))
                .allSatisfy(
                        m ->
                                assertThat(m.get("year_id"))
                                        .isEqualTo(lastYearOfSchool.get(m.get("school_id"))));
        // journals the classes keep this year (they have this year's lessons) have them too
        Set<Object> thisYearsJournals = new HashSet<>();
        rows.get("lesson").stream()
                .filter(l -> !((LocalDate) l.get("lesson_date")).isBefore(LocalDate.of(2026, 9, 1)))
                .forEach(l -> thisYearsJournals.add(l.get("assignment_id")));
        assertThat(rows.get("year_mark"))
                .anyMatch(m -> thisYearsJournals.contains(m.get("assignment_id")));
    }

    @Test
    void refusesADatabaseThatHasTheDemoAlready() {
        existingLogins.add("admin");
        DemoMunicipality municipality =
                new DemoMunicipality(DemoSize.SMALL, DemoMunicipality.DEFAULT_SEED, CLOCK);

        assertThatThrownBy(
                        () ->
                                new DemoWriter(connection(), "HASH", 7, key, true)
                                        .write(municipality))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("admin");
        assertThat(rows).isEmpty();
        assertThat(autoCommit).isTrue();
    }

    // --- a fake JDBC connection that checks the schema's constraints ---

    private Connection connection() {
        return proxy(
                Connection.class,
                (p, m, args) ->
                        switch (m.getName()) {
                            case "getAutoCommit" -> autoCommit;
                            case "setAutoCommit" -> {
                                autoCommit = (Boolean) args[0];
                                yield null;
                            }
                            case "commit" -> {
                                commits++;
                                yield null;
                            }
                            case "rollback", "close", "getMetaData" -> null;
                            case "createStatement" -> statement();
                            case "prepareStatement" -> preparedStatement((String) args[0]);
                            default -> throw new UnsupportedOperationException(m.getName());
                        });
    }

    private Statement statement() {
        Pattern max = Pattern.compile("select coalesce\\(max\\(id\\), 0\\) from (\\w+)");
        return proxy(
                Statement.class,
                (p, m, args) ->
                        switch (m.getName()) {
                            case "executeQuery" -> {
                                Matcher matcher = max.matcher((String) args[0]);
                                assertThat(matcher.matches()).as((String) args[0]).isTrue();
                                yield resultSet(List.of(maxIds.getOrDefault(matcher.group(1), 0L)));
                            }
                            case "execute" -> {
                                executed.add((String) args[0]);
                                yield false;
                            }
                            case "close" -> null;
                            default -> throw new UnsupportedOperationException(m.getName());
                        });
    }

    private PreparedStatement preparedStatement(String sql) {
        if (sql.startsWith("select login from account")) {
            List<Object> params = new ArrayList<>();
            return proxy(
                    PreparedStatement.class,
                    (p, m, args) ->
                            switch (m.getName()) {
                                case "setString" -> {
                                    params.add(args[1]);
                                    yield null;
                                }
                                case "executeQuery" ->
                                        resultSet(
                                                params.stream()
                                                        .filter(existingLogins::contains)
                                                        .toList());
                                case "close" -> null;
                                default -> throw new UnsupportedOperationException(m.getName());
                            });
        }
        Matcher insert =
                Pattern.compile("insert into (\\w+) \\(([\\w, ]+)\\) values \\(([?, ]+)\\)")
                        .matcher(sql);
        assertThat(insert.matches()).as(sql).isTrue();
        String table = insert.group(1);
        List<String> columns = List.of(insert.group(2).split(", "));
        Map<Integer, Object> current = new HashMap<>();
        List<Map<String, Object>> batch = new ArrayList<>();
        return proxy(
                PreparedStatement.class,
                (p, m, args) -> {
                    switch (m.getName()) {
                        case "setLong", "setInt", "setString", "setObject" -> {
                            current.put((Integer) args[0], args[1]);
                            return null;
                        }
                        case "setNull" -> {
                            current.put((Integer) args[0], null);
                            return null;
                        }
                        case "addBatch" -> {
                            assertThat(current.keySet()).hasSize(columns.size());
                            Map<String, Object> row = new LinkedHashMap<>();
                            for (int i = 0; i < columns.size(); i++) {
                                row.put(columns.get(i), current.get(i + 1));
                            }
                            batch.add(row);
                            current.clear();
                            return null;
                        }
                        case "executeBatch" -> {
                            batch.forEach(row -> insert(table, row));
                            int[] counts = new int[batch.size()];
                            batch.clear();
                            return counts;
                        }
                        case "close" -> {
                            return null;
                        }
                        default -> throw new UnsupportedOperationException(m.getName());
                    }
                });
    }

    private void insert(String table, Map<String, Object> row) {
        row.forEach(
                (column, value) -> {
                    String parent = REFERENCES.get(column);
                    if (parent != null && value != null) {
                        assertThat(ids.getOrDefault(parent, Set.of()))
                                .as("%s.%s = %s refers to an executed row", table, column, value)
                                .contains(value);
                    }
                });
        if (row.containsKey("id")) {
            assertThat(row.get("id")).isNotNull();
            assertThat(ids.computeIfAbsent(table, t -> new HashSet<>()).add(row.get("id")))
                    .as("%s id %s is new", table, row.get("id"))
                    .isTrue();
        }
        for (List<String> key : UNIQUE.getOrDefault(table, List.of())) {
            List<Object> value = key.stream().map(row::get).toList();
            assertThat(keys.computeIfAbsent(table + key, k -> new HashSet<>()).add(value))
                    .as("%s %s = %s is unique", table, key, value)
                    .isTrue();
        }
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
    }

    private static ResultSet resultSet(List<Object> values) {
        int[] cursor = {-1};
        return proxy(
                ResultSet.class,
                (p, m, args) ->
                        switch (m.getName()) {
                            case "next" -> ++cursor[0] < values.size();
                            case "getLong" -> ((Number) values.get(cursor[0])).longValue();
                            case "getString" -> String.valueOf(values.get(cursor[0]));
                            case "close" -> null;
                            default -> throw new UnsupportedOperationException(m.getName());
                        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
