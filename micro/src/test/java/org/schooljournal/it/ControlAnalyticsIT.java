package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.Fixtures;
import org.schooljournal.testing.SharedServer;
import org.schooljournal.testing.TestDatabase;

/**
 * The control works' results (R-C04), the analytics (R-C09), the department's overview (R-T02) and
 * a journal month's prints (R-O03) on a school of the test's own (Fixtures): a class of five pupils
 * (А–Д) and one more with a name of its own, whose marks, absence, control work and period marks
 * are written over JDBC on the journal's generated lessons. Every figure below is counted by hand
 * from {@link #build()}.
 */
class ControlAnalyticsIT {
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final LocalDate TODAY = LocalDate.now(MOSCOW);

    static Fixtures.School school;
    static Fixtures.Journal journal;
    static ApiClient head;
    static String secretName;
    static long subjectId, period1, period2, lessonD1;
    static LocalDate d1;

    private static long one(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as(sql).isTrue();
                return r.getLong(1);
            }
        }
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    private static void mark(Connection c, long lesson, long pupil, String type, String value)
            throws SQLException {
        exec(
                c,
                "insert into mark (school_id, lesson_id, pupil_id, work_type, mark_value,"
                        + " entered_at, entered_by) values (?, ?, ?, ?, ?, now(), 'it')",
                school.id(),
                lesson,
                pupil,
                type,
                value);
    }

    private static void periodMark(Connection c, long period, long pupil, String value)
            throws SQLException {
        exec(
                c,
                "insert into period_mark (school_id, assignment_id, period_id, pupil_id,"
                        + " mark_value, reason, entered_at, entered_by) values (?, ?, ?, ?, ?, ?,"
                        + " now(), 'it')",
                school.id(),
                journal.assignmentId(),
                period,
                pupil,
                value,
                value.equals("н/а") ? "болезнь" : null);
    }

    @BeforeAll
    static void build() throws Exception {
        String base = SharedServer.url().toString();
        school = Fixtures.school(base, "ControlAnalytics");
        head = school.head();
        journal = school.journal(5, "Ц", 5);
        LocalDate firstDay =
                LocalDate.of(
                        TODAY.getMonthValue() >= 6 ? TODAY.getYear() : TODAY.getYear() - 1, 9, 1);
        secretName = "Секретова" + school.prefix().replaceAll("[^a-z0-9]", "").toUpperCase();
        school.pupil(journal.classId(), secretName, firstDay);
        List<Long> p = journal.pupils(); // А, Б, В, Г, Д
        try (Connection c = TestDatabase.owner()) {
            subjectId =
                    one(
                            c,
                            "select subject_id from teaching_assignment where id = ?",
                            journal.assignmentId());
            period2 =
                    one(
                            c,
                            "select id from study_period where school_id = ? and ? between"
                                    + " starts_on and ends_on and 5 between grade_from and grade_to",
                            school.id(),
                            Date.valueOf(TODAY.minusDays(1)));
            period1 =
                    one(
                            c,
                            "select id from study_period where school_id = ? and ? between"
                                    + " starts_on and ends_on and 5 between grade_from and grade_to",
                            school.id(),
                            Date.valueOf(firstDay.plusDays(14)));
            assertThat(period1).isNotEqualTo(period2);
            // d1: the journal's latest lesson before today in the running period
            try (PreparedStatement s =
                    c.prepareStatement(
                            "select l.id, l.lesson_date from lesson l join study_period p on"
                                    + " p.id = ? where l.assignment_id = ? and l.lesson_date <"
                                    + " ? and l.lesson_date >= p.starts_on order by l.lesson_date"
                                    + " desc limit 1")) {
                s.setLong(1, period2);
                s.setLong(2, journal.assignmentId());
                s.setDate(3, Date.valueOf(TODAY));
                try (ResultSet r = s.executeQuery()) {
                    assertThat(r.next()).as("a lesson before today in the running period").isTrue();
                    lessonD1 = r.getLong(1);
                    d1 = r.getDate(2).toLocalDate();
                }
            }
            exec(
                    c,
                    "insert into control_work (school_id, class_id, subject_id, work_date, form,"
                            + " topic) values (?, ?, ?, ?, 'контрольная работа', 'Дроби')",
                    school.id(),
                    journal.classId(),
                    subjectId,
                    Date.valueOf(d1));
            mark(c, lessonD1, p.get(0), "CONTROL_WORK", "5");
            mark(c, lessonD1, p.get(1), "CONTROL_WORK", "4");
            mark(c, lessonD1, p.get(2), "CONTROL_WORK", "2");
            mark(c, lessonD1, p.get(3), "ANSWER", "5"); // an answer: did not write the work
            exec(
                    c,
                    "insert into attendance (school_id, lesson_id, pupil_id, kind, entered_at,"
                            + " entered_by) values (?, ?, ?, 'ILLNESS', now(), 'it')",
                    school.id(),
                    lessonD1,
                    p.get(4));
            // the running period: А 5 (confirmed), Б 5 (below), В 3 (below), Г 4; Д none
            periodMark(c, period2, p.get(0), "5");
            periodMark(c, period2, p.get(1), "5");
            periodMark(c, period2, p.get(2), "3");
            periodMark(c, period2, p.get(3), "4");
            // the first (ended) period: 5, 4, 3, 2, н/а; the sixth pupil none
            periodMark(c, period1, p.get(0), "5");
            periodMark(c, period1, p.get(1), "4");
            periodMark(c, period1, p.get(2), "3");
            periodMark(c, period1, p.get(3), "2");
            periodMark(c, period1, p.get(4), "н/а");
        }
    }

    private static String dec(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL
                ? null
                : ((JsonNumber) v).bigDecimalValue().stripTrailingZeros().toPlainString();
    }

    private static List<JsonObject> list(JsonObject o, String name) {
        return o.getJsonArray(name).getValuesAs(JsonObject.class);
    }

    private static List<CSVRecord> csv(byte[] bytes) throws Exception {
        assertThat(java.util.Arrays.copyOf(bytes, 3))
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .get()
                .parse(
                        new InputStreamReader(
                                new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                                StandardCharsets.UTF_8))
                .getRecords();
    }

    private static String xlsxText(byte[] bytes) throws Exception {
        StringBuilder text = new StringBuilder();
        DataFormatter f = new DataFormatter();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (var sheet : book) {
                for (var row : sheet) {
                    for (var cell : row) {
                        text.append(f.formatCellValue(cell)).append('|');
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String pdfText(byte[] bytes) throws Exception {
        try (var doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    @DisplayName(
            "R-C04 a control work's marks 5/4/3/2 and those who did not write, against the same pupils' period marks, per class and teacher; exported and refused to a teacher")
    void controlWorks() throws Exception {
        ApiClient.Reply reply = head.get("/oversight/control-works?period=" + period2);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonObject> works = list(reply.object(), "works");
        assertThat(works).hasSize(1);
        JsonObject w = works.get(0);
        assertThat(w.getString("date")).isEqualTo(d1.toString());
        assertThat(w.getString("subject")).isEqualTo("Математика");
        assertThat(w.getString("teacher")).startsWith("Учителева");
        JsonObject written = w.getJsonObject("written");
        // six pupils: А 5, Б 4, В 2 written; Г (an answer only), Д (ill), the sixth: not written
        assertThat(
                        List.of(
                                written.getInt("pupils"),
                                written.getInt("five"),
                                written.getInt("four"),
                                written.getInt("three"),
                                written.getInt("two"),
                                written.getInt("notWritten")))
                .containsExactly(6, 1, 1, 0, 1, 3);
        assertThat(dec(written, "average")).isEqualTo("3.67");
        assertThat(dec(written, "successRate")).isEqualTo("33.3");
        assertThat(dec(written, "qualityRate")).isEqualTo("33.3");
        JsonObject period = w.getJsonObject("period");
        assertThat(
                        List.of(
                                period.getInt("five"),
                                period.getInt("four"),
                                period.getInt("three"),
                                period.getInt("two"),
                                period.getInt("notWritten")))
                .containsExactly(2, 1, 1, 0, 2);
        // А 5/5 confirmed; Б 4 < 5 and В 2 < 3 below
        assertThat(List.of(w.getInt("confirmed"), w.getInt("above"), w.getInt("below")))
                .containsExactly(1, 0, 2);
        assertThat(list(reply.object(), "teachers")).hasSize(1);

        HttpResponse<byte[]> xlsx =
                head.download("/oversight/control-works/export.xlsx?period=" + period2);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsxText(xlsx.body()))
                .contains(
                        "Результаты контрольных работ ВШК",
                        "контрольная работа: Дроби|6|1|1|0|1|3|");
        List<CSVRecord> rows =
                csv(head.download("/oversight/control-works/export.csv?period=" + period2).body());
        assertThat(rows.get(0).get(0)).isEqualTo("Дата");
        assertThat(rows.get(1).toList()).contains("Математика", "3,67", "33,3");
        byte[] pdf = head.download("/oversight/control-works/export.pdf?period=" + period2).body();
        assertThat(pdfText(pdf)).contains("Результаты контрольных работ ВШК", "Дроби");
        assertThat(YearEndPrintsIT.pdfaFailures(pdf)).isEmpty();

        ApiClient teacher = journal.teacher().client();
        assertThat(teacher.get("/oversight/control-works").status()).isEqualTo(403);
        assertThat(teacher.download("/oversight/control-works/export.xlsx").statusCode())
                .isEqualTo(403);
        // another school's deputy: our period does not exist for it
        ApiClient other = ApiClient.as(SharedServer.url().toString(), "s2.deputy", Demo.PASSWORD);
        assertThat(other.get("/oversight/control-works?period=" + period2).status()).isEqualTo(404);
    }

    @Test
    @DisplayName(
            "R-C09 analytics: marks per week (average, 5/4/3/2), lessons missed per week, success and quality across periods, a teacher's journals side by side")
    void analytics() {
        LocalDate week = d1.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        ApiClient.Reply marks =
                head.get(
                        "/oversight/analytics/marks?period="
                                + period2
                                + "&class="
                                + journal.classId()
                                + "&subject="
                                + subjectId);
        assertThat(marks.status()).as(marks.toString()).isEqualTo(200);
        JsonObject w =
                list(marks.object(), "weeks").stream()
                        .filter(o -> o.getString("week").equals(week.toString()))
                        .findFirst()
                        .orElseThrow();
        // 5к, 4к, 2к and an answer's 5: every mark counts in the chart
        assertThat(List.of(w.getInt("marks"), w.getInt("five"), w.getInt("four"), w.getInt("two")))
                .containsExactly(4, 2, 1, 1);
        assertThat(dec(w, "average")).isEqualTo("4");

        ApiClient.Reply attendance =
                head.get(
                        "/oversight/analytics/attendance?period="
                                + period2
                                + "&class="
                                + journal.classId());
        assertThat(attendance.status()).as(attendance.toString()).isEqualTo(200);
        JsonObject a =
                list(attendance.object(), "weeks").stream()
                        .filter(o -> o.getString("week").equals(week.toString()))
                        .findFirst()
                        .orElseThrow();
        assertThat(a.getInt("missed")).isEqualTo(1);
        assertThat(a.getInt("pupilLessons") % 6).isZero(); // each lesson × six pupils

        ApiClient.Reply rates = head.get("/oversight/analytics/rates?class=" + journal.classId());
        assertThat(rates.status()).as(rates.toString()).isEqualTo(200);
        List<String> periods =
                list(rates.object(), "periods").stream()
                        .map(o -> dec(o, "successRate") + "/" + dec(o, "qualityRate"))
                        .toList();
        // first period: 5, 4, 3 of six pupils succeed, 5 and 4 are quality; the running one:
        // 5, 5, 3, 4 of six
        assertThat(periods).containsExactly("50/33.3", "66.7/50");

        ApiClient.Reply teacher =
                head.get(
                        "/oversight/analytics/teacher?period="
                                + period2
                                + "&teacher="
                                + journal.teacher().id());
        assertThat(teacher.status()).as(teacher.toString()).isEqualTo(200);
        JsonObject j = list(teacher.object(), "journals").get(0);
        assertThat(j.getInt("marks")).isEqualTo(4);
        assertThat(dec(j, "average")).isEqualTo("4");
        assertThat(dec(j, "successRate")).isEqualTo("66.7");

        assertThat(
                        journal.teacher()
                                .client()
                                .get("/oversight/analytics/rates?class=" + journal.classId())
                                .status())
                .isEqualTo(403);
    }

    /** Rows of a figures statement over the days, in school order, as text to compare. */
    private static List<String> figures(Connection c, String sql, LocalDate from, LocalDate to)
            throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql + " order by 1")) {
            s.setDate(1, Date.valueOf(from));
            s.setDate(2, Date.valueOf(to));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= 10; i++) {
                        row.append(r.getLong(i)).append(i < 10 ? "," : "");
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }

    /** The overview's month as it was counted before V47_1 (SchoolFigures.WINDOW_COUNTED). */
    static final String COUNTED =
            "select w.school_id, count(*), sum(w.no_topic), sum(w.homework_late),"
                    + " sum(w.marks), sum(w.marks_late), sum(w.entries), sum(w.entries_late),"
                    + " sum(w.missed), sum(w.pupils) from (select l.school_id,"
                    + " case when l.topic is null then 1 else 0 end no_topic,"
                    + " case when l.homework_late then 1 else 0 end homework_late,"
                    + " (select count(*) from mark m where m.lesson_id = l.id) marks,"
                    + " (select count(*) from mark m where m.lesson_id = l.id and m.late)"
                    + " marks_late,"
                    + " (select count(*) from attendance a where a.lesson_id = l.id) entries,"
                    + " (select count(*) from attendance a where a.lesson_id = l.id and a.late)"
                    + " entries_late,"
                    + " case when t.group_id is null then (select count(*) from attendance a"
                    + " where a.lesson_id = l.id and a.kind <> 'LATE') else 0 end missed,"
                    + " case when t.group_id is null then coalesce(c.n, 0) else 0 end pupils"
                    + " from lesson l join teaching_assignment t on t.id = l.assignment_id"
                    + " left join (select class_id, count(*) n from pupil"
                    + " where withdrawn_on is null group by class_id) c"
                    + " on c.class_id = t.class_id"
                    + " where l.lesson_date between ? and ?) w group by w.school_id";

    /** The same from the counts V47_1's triggers keep (SchoolFigures.WINDOW_KEPT). */
    static final String KEPT =
            "select f.school_id, count(*), sum(f.no_topic), sum(f.homework_late), sum(f.marks),"
                    + " sum(f.marks_late), sum(f.entries), sum(f.entries_late),"
                    + " sum(case when t.group_id is null then f.absences else 0 end),"
                    + " sum(case when t.group_id is null then coalesce(c.n, 0) else 0 end)"
                    + " from lesson_figures f join teaching_assignment t on t.id = f.assignment_id"
                    + " left join (select class_id, count(*) n from pupil"
                    + " where withdrawn_on is null group by class_id) c on c.class_id = t.class_id"
                    + " where f.lesson_date between ? and ? group by f.school_id";

    @Test
    @DisplayName(
            "R-T02 the department's overview counts the month from each lesson's kept figures (V47_1): after saves through the journal and marks, attendance and lessons inserted, changed, moved between lessons and deleted over JDBC, one and several rows a statement, the kept counts of every school equal the counts taken from the journal's tables, and the overview's late-or-missing and missed rates are those counts' shares")
    void overviewFiguresEqualTheJournalsCounts() throws Exception {
        Fixtures.School own = Fixtures.school(SharedServer.url().toString(), "LessonFigures");
        Fixtures.Journal j = own.journal(6, "Ф", 4);
        List<Long> p = j.pupils();
        ApiClient teacher = j.teacher().client();
        List<Long> lessons = new ArrayList<>();
        try (Connection c = TestDatabase.owner()) {
            try (PreparedStatement s =
                    c.prepareStatement(
                            "select id from lesson where assignment_id = ? and lesson_date < ?"
                                    + " order by lesson_date desc limit 3")) {
                s.setLong(1, j.assignmentId());
                s.setDate(2, Date.valueOf(TODAY));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        lessons.add(r.getLong(1));
                    }
                }
            }
        }
        assertThat(lessons).hasSize(3);
        long l1 = lessons.get(0), l2 = lessons.get(1), l3 = lessons.get(2);
        // the journal's own saves: an absence with a make-up mark, then the absence taken back
        String cell = "/lessons/" + l1 + "/cells/" + p.get(0);
        var saved = teacher.put(cell, new org.schooljournal.testing.Bodies.Cell("б 4", ""));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        var changed = teacher.put(cell, new org.schooljournal.testing.Bodies.Cell("5", "Б/4"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        var late =
                teacher.put(
                        "/lessons/" + l2 + "/cells/" + p.get(1),
                        new org.schooljournal.testing.Bodies.Cell("уп", ""));
        assertThat(late.status()).as(late.toString()).isEqualTo(200);
        try (Connection c = TestDatabase.owner()) {
            String att =
                    "insert into attendance (school_id, lesson_id, pupil_id, kind, entered_at,"
                            + " entered_by, late) values (?, ?, ?, ?, now(), 'it', ?)";
            String mk =
                    "insert into mark (school_id, lesson_id, pupil_id, work_type, mark_value,"
                            + " entered_at, entered_by, late) values (?, ?, ?, ?, ?, now(), 'it', ?)";
            exec(c, mk, own.id(), l2, p.get(0), "ANSWER", "4", true);
            exec(c, mk, own.id(), l2, p.get(2), "ANSWER", "3", false);
            exec(c, mk, own.id(), l3, p.get(3), "CONTROL_WORK", "2", false);
            exec(c, att, own.id(), l3, p.get(0), "ILLNESS", false);
            exec(c, att, own.id(), l3, p.get(1), "LATE", true);
            exec(c, att, own.id(), l3, p.get(2), "UNEXCUSED", false);
            // several rows a statement: flags flipped, a mark moved to another lesson
            exec(c, "update mark set late = not late where lesson_id in (?, ?)", l2, l3);
            exec(
                    c,
                    "update mark set lesson_id = ? where lesson_id = ? and pupil_id = ?",
                    l1,
                    l3,
                    p.get(3));
            exec(
                    c,
                    "update attendance set kind = 'LATE' where lesson_id = ? and kind = 'ILLNESS'",
                    l3);
            exec(
                    c,
                    "update attendance set late = true where lesson_id = ? and kind = 'UNEXCUSED'",
                    l3);
            exec(c, "delete from attendance where lesson_id = ? and pupil_id = ?", l3, p.get(1));
            exec(c, "delete from mark where lesson_id = ? and pupil_id = ?", l2, p.get(2));
            // a lesson's topic and late homework; a lesson added with a mark, then removed
            exec(c, "update lesson set topic = 'Дроби', homework_late = true where id = ?", l2);
            long extra =
                    one(
                            c,
                            "insert into lesson (school_id, assignment_id, lesson_date,"
                                    + " lesson_number) select school_id, assignment_id,"
                                    + " lesson_date, 9 from lesson where id = ? returning id",
                            l1);
            exec(c, mk, own.id(), extra, p.get(0), "ANSWER", "5", true);
            LocalDate all = LocalDate.of(1900, 1, 1), ever = LocalDate.of(2200, 1, 1);
            List<String> withExtra = figures(c, KEPT, all, ever);
            assertThat(withExtra).isEqualTo(figures(c, COUNTED, all, ever));
            exec(c, "delete from mark where lesson_id = ?", extra);
            exec(c, "delete from lesson where id = ?", extra);

            List<String> kept = figures(c, KEPT, all, ever);
            assertThat(kept).hasSizeGreaterThan(1).isEqualTo(figures(c, COUNTED, all, ever));
            assertThat(kept).isNotEqualTo(withExtra);
            LocalDate from = TODAY.minusDays(30), to = TODAY.minusDays(1);
            List<String> month = figures(c, COUNTED, from, to);
            assertThat(figures(c, KEPT, from, to)).isEqualTo(month);

            // the overview shows this school's month as those counts' shares
            JsonObject ours =
                    list(
                                    ApiClient.as(
                                                    SharedServer.url().toString(),
                                                    "admin",
                                                    Demo.PASSWORD)
                                            .get("/municipality/overview")
                                            .object(),
                                    "schools")
                            .stream()
                            .filter(s -> s.getJsonNumber("schoolId").longValue() == own.id())
                            .findFirst()
                            .orElseThrow();
            long[] n =
                    java.util.Arrays.stream(
                                    month.stream()
                                            .filter(r -> r.startsWith(own.id() + ","))
                                            .findFirst()
                                            .orElseThrow()
                                            .split(","))
                            .mapToLong(Long::parseLong)
                            .toArray();
            assertThat(n[5]).as("late marks in the month").isGreaterThan(0);
            assertThat(n[8]).as("absences in the month").isGreaterThan(0);
            assertThat(dec(ours, "lateOrMissingRate"))
                    .isEqualTo(share(n[2] + n[3] + n[5] + n[7], 2 * n[1] + n[4] + n[6]));
            assertThat(dec(ours, "missedRate")).isEqualTo(share(n[8], n[9]));
        }
    }

    private static String share(long count, long base) {
        return new java.math.BigDecimal(count * 100)
                .divide(new java.math.BigDecimal(base), 1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    @Test
    @DisplayName(
            "R-T02 the department's overview: per school success, quality, late or missing entries, lessons missed, archive status against the median; no pupil's name in the JSON, the XLSX or the CSV")
    void departmentOverview() throws Exception {
        ApiClient admin = ApiClient.as(SharedServer.url().toString(), "admin", Demo.PASSWORD);
        ApiClient.Reply reply = admin.get("/municipality/overview");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject ours =
                list(reply.object(), "schools").stream()
                        .filter(s -> s.getJsonNumber("schoolId").longValue() == school.id())
                        .findFirst()
                        .orElseThrow();
        // the first period's 5, 4, 3, 2, н/а: 3 of 5 not below «3», 2 of 5 «4» or «5»
        assertThat(dec(ours, "successRate")).isEqualTo("60");
        assertThat(dec(ours, "qualityRate")).isEqualTo("40");
        assertThat(ours.getString("archiveStatus")).isEqualTo("NONE");
        // the fixture's lessons have no topics: entries are missing
        assertThat(((JsonNumber) ours.get("lateOrMissingRate")).doubleValue()).isGreaterThan(0);
        assertThat(((JsonNumber) ours.get("missedRate")).doubleValue()).isGreaterThan(0);
        JsonObject medians = reply.object().getJsonObject("medians");
        assertThat(medians.get("successRate").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER);
        assertThat(dec(ours, "successVsMedian"))
                .isEqualTo(
                        new java.math.BigDecimal("60")
                                .subtract(
                                        ((JsonNumber) medians.get("successRate")).bigDecimalValue())
                                .stripTrailingZeros()
                                .toPlainString());

        List<String> names = new ArrayList<>(List.of(secretName, "УченикА", "Иван"));
        assertThat(reply.body()).doesNotContain(names);
        HttpResponse<byte[]> xlsx = admin.download("/municipality/overview/export.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        String sheet = xlsxText(xlsx.body());
        assertThat(sheet).contains("Медиана по муниципалитету", "Школа ControlAnalytics");
        assertThat(sheet).doesNotContain(names);
        byte[] csvBytes = admin.download("/municipality/overview/export.csv").body();
        assertThat(new String(csvBytes, StandardCharsets.UTF_8)).doesNotContain(names);
        assertThat(csv(csvBytes)).anySatisfy(r -> assertThat(r.get(2)).isEqualTo("60,0"));
        byte[] pdf = admin.download("/municipality/overview/export.pdf").body();
        assertThat(pdfText(pdf))
                .contains("Сводка управления образования")
                .doesNotContain(secretName);
        assertThat(YearEndPrintsIT.pdfaFailures(pdf)).isEmpty();

        assertThat(head.get("/municipality/overview").status()).isEqualTo(403);
    }

    @Test
    @DisplayName(
            "R-O03 a journal month as PDF/A, XLSX and CSV: the grid's marks and attendance, the lessons; refused as the grid is")
    void journalPrint() throws Exception {
        String month = d1.toString().substring(0, 7);
        String path = "/journals/" + journal.assignmentId() + "/print.";
        ApiClient teacher = journal.teacher().client();
        HttpResponse<byte[]> pdf = teacher.download(path + "pdf?month=" + month);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/pdf");
        String text = pdfText(pdf.body());
        assertThat(text).contains("Журнал: 5 «Ц», Математика", "УченикА Иван", "5к", "Б");
        // the test's long one-word surname may wrap inside its column, as a printed name does
        assertThat(text.replace("\n", "")).contains(secretName);
        assertThat(YearEndPrintsIT.pdfaFailures(pdf.body())).isEmpty();

        String sheet = xlsxText(teacher.download(path + "xlsx?month=" + month).body());
        String day = d1.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM"));
        assertThat(sheet).contains("|" + day + "|", "УченикА Иван|", "|5к|", "|4к|", "|2к|", "|Б|");
        List<CSVRecord> rows = csv(head.download(path + "csv?month=" + month).body());
        assertThat(rows.get(0).get(1)).isEqualTo("Обучающийся");
        int column = rows.get(0).toList().indexOf(day);
        assertThat(column).isGreaterThan(1);
        assertThat(rows)
                .anySatisfy(
                        r -> {
                            assertThat(r.get(1)).startsWith("УченикА");
                            assertThat(r.get(column)).isEqualTo("5к");
                        });
        assertThat(rows).anySatisfy(r -> assertThat(r.get(1)).isEqualTo("Тема урока"));

        // refused exactly as the grid: a teacher of the school who does not teach it, another
        // school's head
        ApiClient stranger = school.staff("Чужакова", "teacher");
        int grid = stranger.get("/journals/" + journal.assignmentId() + "?month=" + month).status();
        assertThat(grid).isIn(403, 404);
        assertThat(stranger.download(path + "pdf?month=" + month).statusCode()).isEqualTo(grid);
        ApiClient otherHead = ApiClient.as(SharedServer.url().toString(), "s2.head", Demo.PASSWORD);
        assertThat(otherHead.download(path + "xlsx?month=" + month).statusCode()).isEqualTo(404);
        assertThat(teacher.download(path + "pdf?month=2026-13").statusCode()).isEqualTo(400);
    }
}
