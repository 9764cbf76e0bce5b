package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.audit.control.AuditChain;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;
import org.schooljournal.testing.TestDatabase;

/**
 * The deputy's checks and the results (issue 12) on Payara Micro with PostgreSQL, on a school of
 * their own built over JDBC with the audit times chosen by hand (the application stamps its own
 * clock, so a late entry cannot be made through the API). Every expectation below is counted by
 * hand from the data in {@link #buildSchool()}.
 */
class OversightIT {
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final String SUFFIX = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    static final String DEPUTY = "ov.deputy." + SUFFIX;
    static final String TEACHER = "ov.teacher." + SUFFIX;
    static final String OTHER_TEACHER = "ov.teacher2." + SUFFIX;

    static final LocalDate TODAY = LocalDate.now(MOSCOW);

    /** A Monday eight weeks ago, in the first (closed) period. */
    static final LocalDate D = TODAY.minusDays(56).with(DayOfWeek.MONDAY);

    static long school, classK5, classK6, maths5, pe5, maths6, teacher2, period1, period2;
    static long auditSeq;
    static String prevHash = AuditChain.GENESIS;

    final String base = SharedServer.url().toString();

    private static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql + " returning id")) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute))
                .atZone(MOSCOW)
                .toInstant();
    }

    /** An audit entry at a chosen time, chained correctly after the school's previous one. */
    private static void audit(
            Connection c,
            Instant when,
            String subject,
            long assignment,
            long lesson,
            Long pupil,
            String detail,
            String oldValue,
            String newValue)
            throws SQLException {
        long seq = ++auditSeq;
        List<String> fields =
                Arrays.asList(
                        when.toString(),
                        TEACHER,
                        "127.0.0.1",
                        subject,
                        String.valueOf(assignment),
                        String.valueOf(lesson),
                        pupil == null ? null : pupil.toString(),
                        detail,
                        oldValue,
                        newValue);
        String hash = AuditChain.hash(prevHash, seq, fields);
        insert(
                c,
                "insert into audit_entry (school_id, seq, at, actor, remote_addr, subject,"
                        + " assignment_id, lesson_id, pupil_id, detail, old_value, new_value,"
                        + " prev_hash, hash) values (?, ?, ?, ?, '127.0.0.1', ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?)",
                school,
                seq,
                Timestamp.from(when),
                TEACHER,
                subject,
                assignment,
                lesson,
                pupil,
                detail,
                oldValue,
                newValue,
                prevHash,
                hash);
        prevHash = hash;
    }

    private static long lesson(
            Connection c,
            long assignment,
            LocalDate date,
            int number,
            String topic,
            String homework,
            boolean none)
            throws SQLException {
        return insert(
                c,
                "insert into lesson (school_id, assignment_id, lesson_date, lesson_number, topic,"
                        + " homework, no_homework) values (?, ?, ?, ?, ?, ?, ?)",
                school,
                assignment,
                date,
                number,
                topic,
                homework,
                none);
    }

    private static void mark(Connection c, long lesson, long pupil, String type, String value)
            throws SQLException {
        insert(
                c,
                "insert into mark (school_id, lesson_id, pupil_id, work_type, mark_value,"
                        + " entered_at, entered_by) values (?, ?, ?, ?, ?, now(), ?)",
                school,
                lesson,
                pupil,
                type,
                value,
                TEACHER);
    }

    private static void periodMark(
            Connection c,
            long assignment,
            long period,
            long pupil,
            String value,
            LocalDate deferred)
            throws SQLException {
        insert(
                c,
                "insert into period_mark (school_id, assignment_id, period_id, pupil_id, mark_value,"
                        + " deferred_until, reason, entered_at, entered_by) values (?, ?, ?, ?, ?, ?,"
                        + " ?, now(), ?)",
                school,
                assignment,
                period,
                pupil,
                value,
                deferred,
                value == null || value.equals("н/а") ? "болезнь" : null,
                TEACHER);
    }

    @BeforeAll
    static void buildSchool() throws Exception {
        // waits until the shared server (and its demo) is up
        ApiClient.as(SharedServer.url().toString(), "s1.deputy", Demo.PASSWORD);
        try (Connection c = TestDatabase.owner()) {
            String hash;
            try (var s = c.createStatement();
                    var r =
                            s.executeQuery(
                                    "select password_hash from account where login = 's1.deputy'")) {
                r.next();
                hash = r.getString(1);
            }
            school =
                    insert(
                            c,
                            "insert into school (name, short_name, time_zone) values (?, ?,"
                                    + " 'Europe/Moscow')",
                            "Школа контроля " + SUFFIX,
                            "Контроль " + SUFFIX);
            long deputy = account(c, DEPUTY, hash, "Завуч Контрольная");
            long t1 = account(c, TEACHER, hash, "Учитель Первый");
            long t2 = account(c, OTHER_TEACHER, hash, "Учитель Второй");
            role(c, deputy, "deputy_head");
            role(c, t1, "teacher");
            role(c, t2, "teacher");
            long teacher1 = staff(c, t1, "Первая");
            teacher2 = staff(c, t2, "Вторая");
            classK5 =
                    insert(
                            c,
                            "insert into school_class (school_id, grade, letter) values (?, 5, 'К')",
                            school);
            classK6 =
                    insert(
                            c,
                            "insert into school_class (school_id, grade, letter) values (?, 6, 'К')",
                            school);
            long maths =
                    insert(
                            c,
                            "insert into subject (school_id, name, grading) values (?, 'Математика', 'FIVE_POINT')",
                            school);
            long pe =
                    insert(
                            c,
                            "insert into subject (school_id, name, grading) values (?, 'Физкультура', 'PASS_FAIL')",
                            school);
            maths5 = assignment(c, teacher1, maths, classK5);
            pe5 = assignment(c, teacher1, pe, classK5);
            maths6 = assignment(c, teacher2, maths, classK6);
            long year =
                    insert(
                            c,
                            "insert into academic_year (school_id, name, starts_on, ends_on) values"
                                    + " (?, 'контроль', ?, ?)",
                            school,
                            D.minusDays(30),
                            TODAY.plusDays(200));
            period1 = period(c, year, 1, D.minusDays(7), D.plusDays(14));
            period2 = period(c, year, 2, TODAY.minusDays(10), TODAY.plusDays(12));
            long a = pupil(c, classK5, "Алексеева");
            long b = pupil(c, classK5, "Борисов");
            long cc = pupil(c, classK5, "Власова");
            long e = pupil(c, classK5, "Григорьев"); // arrived from 6 «К» five days ago
            long f = pupil(c, classK6, "Дмитриева"); // left 5 «К» for 6 «К» five days ago
            long g = pupil(c, classK6, "Егоров");
            move(c, e, classK6, classK5, TODAY.minusDays(5));
            move(c, f, classK5, classK6, TODAY.minusDays(5));

            // period 1, Monday D: lesson 1 maths, lesson 2 PE (the class's last that day); Tuesday
            // D+1: lesson 1 maths only
            long l1 = lesson(c, maths5, D, 1, "Дроби", "№ 5", false);
            long l2 = lesson(c, pe5, D, 2, "Бег", null, false);
            long l3 = lesson(c, maths5, D.plusDays(1), 1, null, null, true);
            audit(c, at(D, 9, 0), "TOPIC", maths5, l1, null, null, null, "Дроби");
            // 12:30 is in time only because the class's last lesson (2nd, ends 10:00) counts:
            // after the 1st alone (ends 9:10) the deadline would be 12:10
            audit(c, at(D, 12, 30), "HOMEWORK", maths5, l1, null, null, null, "№ 5");
            audit(c, at(D, 9, 10), "MARK", maths5, l1, a, "ANSWER", null, "5");
            audit(c, at(D, 9, 20), "MARK", maths5, l1, b, "ANSWER", null, "4");
            audit(c, at(D.plusDays(2), 10, 0), "MARK", maths5, l1, b, "ANSWER", "4", "5");
            audit(c, at(D.plusDays(4), 10, 0), "MARK", maths5, l1, b, "CONTROL_WORK", null, "4");
            audit(c, at(D.plusDays(6), 8, 0), "MARK", maths5, l1, cc, "CONTROL_WORK", null, "3");
            audit(c, at(D.plusDays(1), 9, 0), "ATTENDANCE", maths5, l1, e, null, null, "н");
            audit(c, at(D.plusDays(1), 8, 0), "TOPIC", pe5, l2, null, null, null, "Бег");
            audit(
                    c,
                    at(D.plusDays(1), 12, 0),
                    "HOMEWORK",
                    maths5,
                    l3,
                    null,
                    null,
                    null,
                    "Не задано");

            // period 2 (running): maths lessons 8 and 3 days ago, no topic or homework yet
            long l4 = lesson(c, maths5, TODAY.minusDays(8), 1, null, null, false);
            long l5 = lesson(c, maths5, TODAY.minusDays(3), 1, null, null, false);
            mark(c, l4, a, "ANSWER", "5");
            mark(c, l4, a, "TEST", "4");
            mark(c, l5, a, "ANSWER", "5");
            mark(c, l4, b, "ANSWER", "3");
            mark(c, l4, f, "ANSWER", "4");
            // R-C05, R-C06: a lesson with a topic (entered with the lesson, no trail), Власова
            // absent ill, Григорьев's «2» for the control work
            long l6 = lesson(c, maths5, TODAY.minusDays(2), 2, "Уравнения", "№ 7", false);
            insert(
                    c,
                    "insert into attendance (school_id, lesson_id, pupil_id, kind, entered_at,"
                            + " entered_by) values (?, ?, ?, 'ILLNESS', now(), ?)",
                    school,
                    l6,
                    cc,
                    TEACHER);
            mark(c, l6, e, "CONTROL_WORK", "2");
            // a PE lesson and a 6 «К» maths lesson in period 2: subjects count where taught
            lesson(c, pe5, TODAY.minusDays(8), 2, "Прыжки", "Не задано", false);
            lesson(c, maths6, TODAY.minusDays(4), 1, "Дроби", "№ 1", false);
            // period 2's final marks (set early, on purpose)
            periodMark(c, maths5, period2, a, "5", null);
            periodMark(c, maths5, period2, b, "осв", null);
            periodMark(c, maths5, period2, cc, "н/а", null);
            periodMark(c, maths5, period2, e, "4", null);
            periodMark(c, maths5, period2, f, "2", null); // F is no longer in 5 «К»
            periodMark(c, pe5, period2, a, "зч", null);
            periodMark(c, pe5, period2, b, "нз", null);
            periodMark(c, pe5, period2, cc, null, TODAY.plusDays(30));
            periodMark(c, maths6, period2, f, "3", null);
        }
    }

    private static long account(Connection c, String login, String hash, String name)
            throws SQLException {
        return insert(
                c,
                "insert into account (login, password_hash, full_name) values (?, ?, ?)",
                login,
                hash,
                name);
    }

    private static void role(Connection c, long account, String role) throws SQLException {
        insert(
                c,
                "insert into account_role (account_id, school_id, role) values (?, ?, ?)",
                account,
                school,
                role);
    }

    private static long staff(Connection c, long account, String lastName) throws SQLException {
        return insert(
                c,
                "insert into staff (school_id, account_id, last_name, first_name, position) values"
                        + " (?, ?, ?, 'Анна', 'учитель')",
                school,
                account,
                lastName);
    }

    private static long assignment(Connection c, long teacher, long subject, long classId)
            throws SQLException {
        return insert(
                c,
                "insert into teaching_assignment (school_id, teacher_id, subject_id, class_id)"
                        + " values (?, ?, ?, ?)",
                school,
                teacher,
                subject,
                classId);
    }

    private static long period(Connection c, long year, int number, LocalDate from, LocalDate to)
            throws SQLException {
        return insert(
                c,
                "insert into study_period (school_id, year_id, kind, number, grade_from, grade_to,"
                        + " starts_on, ends_on) values (?, ?, 'QUARTER', ?, 1, 11, ?, ?)",
                school,
                year,
                number,
                from,
                to);
    }

    private static long pupil(Connection c, long classId, String lastName) throws SQLException {
        return insert(
                c,
                "insert into pupil (school_id, class_id, last_name, first_name, birth_date) values"
                        + " (?, ?, ?, 'Ученик', ?)",
                school,
                classId,
                lastName,
                LocalDate.of(2015, 3, 1));
    }

    private static void move(Connection c, long pupil, long from, long to, LocalDate on)
            throws SQLException {
        insert(
                c,
                "insert into pupil_movement (school_id, pupil_id, kind, on_date, from_class_id,"
                        + " to_class_id, recorded_by, recorded_at) values (?, ?, 'TRANSFER', ?, ?, ?,"
                        + " 'test', now())",
                school,
                pupil,
                on,
                from,
                to);
    }

    private ApiClient as(String login) {
        return ApiClient.as(base, login, Demo.PASSWORD);
    }

    private static List<JsonObject> list(JsonObject o, String name) {
        return o.getJsonArray(name).getValuesAs(JsonObject.class);
    }

    @Test
    @DisplayName(
            "R-C01 R-C02 timeliness from the audit times: a late mark, a change after the deadline, late attendance and topic, missing topic and homework found; entries in time (homework by the class's last lesson) not")
    void timeliness() {
        ApiClient deputy = as(DEPUTY);
        var reply = deputy.get("/oversight/timeliness?period=" + period1 + "&class=" + classK5);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject report = reply.object();
        assertThat(report.getInt("lessonsChecked")).isEqualTo(3);
        List<String> found =
                list(report, "entries").stream()
                        .map(
                                e ->
                                        e.getString("date")
                                                + " "
                                                + e.getInt("lessonNumber")
                                                + " "
                                                + e.getString("kind")
                                                + (e.containsKey("workType")
                                                                && !e.isNull("workType")
                                                        ? "/" + e.getString("workType")
                                                        : "")
                                                + " "
                                                + e.getString("finding"))
                        .toList();
        assertThat(found)
                .containsExactlyInAnyOrder(
                        D + " 1 MARK/CONTROL_WORK LATE",
                        D + " 1 MARK/ANSWER CHANGED_LATE",
                        D + " 1 ATTENDANCE LATE",
                        D + " 2 TOPIC LATE",
                        D + " 2 HOMEWORK MISSING",
                        D.plusDays(1) + " 1 TOPIC MISSING");
        JsonObject late =
                list(report, "entries").stream()
                        .filter(e -> "CONTROL_WORK".equals(e.getString("workType", null)))
                        .findFirst()
                        .orElseThrow();
        // by the trail's time, not by the lesson date: entered on D+6 at 08:00 Moscow time
        assertThat(Instant.parse(late.getString("enteredAt"))).isEqualTo(at(D.plusDays(6), 8, 0));
        assertThat(Instant.parse(late.getString("deadline"))).isEqualTo(at(D.plusDays(6), 0, 0));
        assertThat(late.getJsonNumber("assignmentId").longValue()).isEqualTo(maths5);
        assertThat(late.getString("month")).isEqualTo(D.toString().substring(0, 7));

        // filters: the other teacher has no lesson in period 1; PE alone has two findings
        assertThat(
                        list(
                                deputy.get(
                                                "/oversight/timeliness?period="
                                                        + period1
                                                        + "&teacher="
                                                        + teacher2)
                                        .object(),
                                "entries"))
                .isEmpty();
        assertThat(
                        list(
                                deputy.get(
                                                "/oversight/timeliness?period="
                                                        + period1
                                                        + "&subject="
                                                        + subjectOf(pe5))
                                        .object(),
                                "entries"))
                .hasSize(2);
    }

    @Test
    @DisplayName(
            "R-C01 a teacher sees its own late or missing entries; another teacher sees none of them")
    void teachersOwn() {
        var mine = as(TEACHER).get("/oversight/timeliness/mine");
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        List<String> found =
                list(mine.object(), "entries").stream()
                        .map(
                                e ->
                                        e.getString("date")
                                                + " "
                                                + e.getString("kind")
                                                + " "
                                                + e.getString("finding"))
                        .toList();
        assertThat(found)
                .containsExactlyInAnyOrder(
                        TODAY.minusDays(8) + " TOPIC MISSING",
                        TODAY.minusDays(8) + " HOMEWORK MISSING",
                        TODAY.minusDays(3) + " TOPIC MISSING",
                        TODAY.minusDays(3) + " HOMEWORK MISSING");
        assertThat(list(as(OTHER_TEACHER).get("/oversight/timeliness/mine").object(), "entries"))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "R-C01 mark density: pupils of the class today with fewer than 3 marks in the running period")
    void density() {
        JsonObject report =
                as(DEPUTY)
                        .get(
                                "/oversight/density?period="
                                        + period2
                                        + "&class="
                                        + classK5
                                        + "&subject="
                                        + subjectOf(maths5))
                        .object();
        assertThat(report.getInt("minMarks")).isEqualTo(3);
        assertThat(report.getJsonNumber("daysLeft").longValue()).isEqualTo(12);
        Map<String, Integer> lines =
                list(report, "lines").stream()
                        .collect(
                                Collectors.toMap(
                                        l -> l.getString("pupil"), l -> l.getInt("marks")));
        // Алексеева has 3, Дмитриева left the class; Григорьев arrived and has one «2»
        assertThat(lines)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("Борисов Ученик", 1, "Власова Ученик", 0, "Григорьев Ученик", 1));
    }

    private long subjectOf(long assignment) {
        try (Connection c = TestDatabase.owner();
                var s = c.createStatement();
                var r =
                        s.executeQuery(
                                "select subject_id from teaching_assignment where id = "
                                        + assignment)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName(
            "R-C03 R-C04 success and quality rates counted by hand: осв, н/а, зч/нз, a deferred mark and pupils who moved class mid-period")
    void results() {
        var reply = as(DEPUTY).get("/oversight/results?period=" + period2);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Map<String, String> subjects =
                list(reply.object(), "subjects").stream()
                        .collect(
                                Collectors.toMap(
                                        s ->
                                                s.getString("classTitle")
                                                        + " "
                                                        + s.getString("subject"),
                                        s ->
                                                s.getInt("pupils")
                                                        + " "
                                                        + s.getInt("success")
                                                        + " "
                                                        + s.getInt("quality")
                                                        + " "
                                                        + s.getInt("deferred")
                                                        + " "
                                                        + s.getInt("notAttested")
                                                        + " "
                                                        + rate(s, "successRate")
                                                        + " "
                                                        + rate(s, "qualityRate")));
        // 5 «К» maths: А 5, Б осв, В н/а, Г 4 (arrived); Д's «2» is not counted (left): 3 of 4
        assertThat(subjects.get("5 «К» Математика")).isEqualTo("4 3 2 0 1 75.0 50.0");
        // PE: А зч, Б нз, В deferred, Г none: 1 of 4, no quality for pass/fail
        assertThat(subjects.get("5 «К» Физкультура")).isEqualTo("4 1 0 1 0 25.0 -");
        // 6 «К» maths: Д 3 (arrived), Е none; Г left
        assertThat(subjects.get("6 «К» Математика")).isEqualTo("2 1 0 0 0 50.0 0.0");
        Map<String, String> pupils =
                list(reply.object(), "pupils").stream()
                        .collect(
                                Collectors.toMap(
                                        p -> p.getString("pupil"),
                                        p ->
                                                rate(p, "successRate")
                                                        + " "
                                                        + rate(p, "qualityRate")));
        assertThat(pupils)
                .containsEntry("Алексеева Ученик", "100.0 100.0")
                .containsEntry("Борисов Ученик", "50.0 0.0")
                .containsEntry("Власова Ученик", "0.0 0.0")
                .containsEntry("Григорьев Ученик", "50.0 100.0")
                .containsEntry("Дмитриева Ученик", "100.0 0.0")
                .containsEntry("Егоров Ученик", "0.0 0.0");
    }

    private static String rate(JsonObject o, String name) {
        return !o.containsKey(name) || o.isNull(name)
                ? "-"
                : o.getJsonNumber(name).bigDecimalValue().setScale(1).toPlainString();
    }

    @Test
    @DisplayName(
            "R-O01 exports read back: XLSX by POI, CSV (BOM, «;») by a CSV parser, PDF text by PDFBox")
    void exports() throws Exception {
        HttpResponse<byte[]> xlsx = download(DEPUTY, "results-subjects.xlsx?period=" + period2);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            List<String> found = new ArrayList<>();
            for (var row : sheet) {
                if (row.getCell(1) != null
                        && "Математика".equals(row.getCell(1).toString())
                        && "5 «К»".equals(row.getCell(0).toString())) {
                    found.add(
                            row.getCell(2).getNumericCellValue()
                                    + " "
                                    + row.getCell(7).getNumericCellValue());
                }
            }
            assertThat(found).containsExactly("4.0 75.0");
        }
        HttpResponse<byte[]> csv = download(DEPUTY, "results-pupils.csv?period=" + period2);
        assertThat(csv.statusCode()).isEqualTo(200);
        byte[] bytes = csv.body();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<CSVRecord> records =
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(';')
                        .get()
                        .parse(
                                new InputStreamReader(
                                        new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                                        StandardCharsets.UTF_8))
                        .getRecords();
        assertThat(records.get(0).get(1)).isEqualTo("Обучающийся");
        assertThat(records)
                .anySatisfy(
                        r ->
                                assertThat(r.toList())
                                        .containsSequence("Григорьев Ученик", "2", "1", "1"));
        HttpResponse<byte[]> pdf =
                download(DEPUTY, "timeliness.pdf?period=" + period1 + "&class=" + classK5);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/pdf");
        try (var doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("Своевременность записей", "изменено после срока", "не внесено");
        }
        HttpResponse<byte[]> english =
                download(DEPUTY, "density.csv?period=" + period2 + "&lang=en");
        assertThat(new String(english.body(), StandardCharsets.UTF_8)).contains("Pupil");
    }

    @Test
    @DisplayName(
            "R-C05 R-C06 per pupil the missed lessons and the unsatisfactory marks with their topics, printable as PDF")
    void remedial() throws Exception {
        var reply = as(DEPUTY).get("/oversight/remedial?period=" + period2 + "&class=" + classK5);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> lines =
                list(reply.object(), "lines").stream()
                        .map(
                                l ->
                                        l.getString("pupil")
                                                + " "
                                                + l.getString("date")
                                                + " "
                                                + l.getString("topic")
                                                + " "
                                                + l.getString("kind")
                                                + " "
                                                + l.getString("detail"))
                        .toList();
        assertThat(lines)
                .containsExactly(
                        "Власова Ученик " + TODAY.minusDays(2) + " Уравнения ABSENCE Б",
                        "Григорьев Ученик " + TODAY.minusDays(2) + " Уравнения MARK 2");
        HttpResponse<byte[]> pdf =
                download(DEPUTY, "remedial.pdf?period=" + period2 + "&class=" + classK5);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("Власова", "Уравнения", "пропуск (Б)", "отметка «2»");
        }
        assertThat(as(TEACHER).get("/oversight/remedial").status()).isEqualTo(403);
    }

    @Test
    @DisplayName(
            "R-O01 R-A03 a teacher is refused the deputy's reports and exports; another school's class is not found")
    void refusals() throws Exception {
        assertThat(as(TEACHER).get("/oversight/results?period=" + period2).status()).isEqualTo(403);
        assertThat(as(TEACHER).get("/oversight/timeliness").status()).isEqualTo(403);
        assertThat(download(TEACHER, "results-subjects.xlsx?period=" + period2).statusCode())
                .isEqualTo(403);
        assertThat(as("s1.deputy").get("/oversight/timeliness?class=" + classK5).status())
                .isEqualTo(404);
        assertThat(download("s1.deputy", "results-pupils.pdf?class=" + classK5).statusCode())
                .isEqualTo(404);
        assertThat(download("s1.deputy", "results-pupils.pdf?period=" + period2).statusCode())
                .isEqualTo(404);
        assertThat(download(DEPUTY, "nothing.xlsx").statusCode()).isEqualTo(404);
        // the parent of another school has no business here either
        assertThat(as(Demo.PARENT).get("/oversight/results").status()).isEqualTo(403);
    }

    private HttpResponse<byte[]> download(String login, String path) throws Exception {
        String auth =
                Base64.getEncoder()
                        .encodeToString(
                                (login + ":" + Demo.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(base + "api/v1/oversight/exports/" + path))
                                .header("Authorization", "Basic " + auth)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
