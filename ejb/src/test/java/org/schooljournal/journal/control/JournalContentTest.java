package org.schooljournal.journal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.journal.control.JournalContent.AttendanceLine;
import org.schooljournal.journal.control.JournalContent.LessonLine;
import org.schooljournal.journal.control.JournalContent.MarkLine;
import org.schooljournal.journal.control.JournalContent.PeriodMarkLine;

class JournalContentTest {
    private static final LocalDate MON = LocalDate.of(2026, 9, 7);
    private static final LocalDate TUE = LocalDate.of(2026, 9, 8);

    private final List<LessonLine> lessons = new ArrayList<>();
    private final List<MarkLine> marks = new ArrayList<>();
    private final List<AttendanceLine> attendance = new ArrayList<>();
    private final List<PeriodMarkLine> periodMarks = new ArrayList<>();

    private JournalContent content() {
        return new JournalContent(11, 21, lessons, marks, attendance, periodMarks);
    }

    @Test
    @DisplayName("R-J14 the digest is SHA-256 in hex and the same journal gives the same bytes")
    void deterministic() {
        assertThat(content().digest()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(content().canonical()).isEqualTo(content().canonical());
        assertThat(new String(content().canonical(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Не задано", "Натуральные числа", "ОП");
    }

    @Test
    @DisplayName("R-J14 the order the lists were read in does not change the digest")
    void orderIndependent() {
        String digest = content().digest();
        Collections.reverse(lessons);
        Collections.reverse(marks);
        Collections.reverse(attendance);
        Collections.rotate(periodMarks, 1);
        assertThat(content().digest()).isEqualTo(digest);
    }

    @Test
    @DisplayName(
            "R-J14 any changed field of a lesson, mark, attendance or period mark changes the digest")
    void anyFieldChanges() {
        String digest = content().digest();
        List<UnaryOperator<JournalContent>> changes = new ArrayList<>();
        // lessons: date, number, topic, homework, «Не задано», given by
        changes.add(
                c ->
                        withLesson(
                                0,
                                new LessonLine(
                                        MON.minusDays(7),
                                        2,
                                        "Натуральные числа",
                                        "№ 12, 14",
                                        false,
                                        null)));
        changes.add(
                c ->
                        withLesson(
                                0,
                                new LessonLine(
                                        MON, 3, "Натуральные числа", "№ 12, 14", false, null)));
        changes.add(
                c ->
                        withLesson(
                                0,
                                new LessonLine(
                                        MON, 2, "Натуральные числа.", "№ 12, 14", false, null)));
        changes.add(
                c ->
                        withLesson(
                                0,
                                new LessonLine(
                                        MON, 2, "Натуральные числа", "№ 12, 15", false, null)));
        changes.add(c -> withLesson(1, new LessonLine(TUE, 1, "Сложение", null, false, 77L)));
        changes.add(c -> withLesson(1, new LessonLine(TUE, 1, "Сложение", null, true, null)));
        changes.add(c -> withLesson(1, new LessonLine(TUE, 1, "Сложение", null, true, 78L)));
        // marks: lesson, pupil, work type, value; one more or one fewer
        changes.add(c -> withMark(0, new MarkLine(TUE, 2, 101, "ANSWER", "5")));
        changes.add(c -> withMark(0, new MarkLine(MON, 1, 101, "ANSWER", "5")));
        changes.add(c -> withMark(0, new MarkLine(MON, 2, 104, "ANSWER", "5")));
        changes.add(c -> withMark(0, new MarkLine(MON, 2, 101, "TEST", "5")));
        changes.add(c -> withMark(0, new MarkLine(MON, 2, 101, "ANSWER", "4")));
        changes.add(c -> with(() -> marks.add(new MarkLine(TUE, 3, 102, "ANSWER", "2"))));
        changes.add(c -> with(() -> marks.remove(2)));
        // attendance: lesson, pupil, code
        changes.add(c -> withAttendance(new AttendanceLine(TUE, 2, 103, "Б")));
        changes.add(c -> withAttendance(new AttendanceLine(MON, 2, 104, "Б")));
        changes.add(c -> withAttendance(new AttendanceLine(MON, 2, 103, "НП")));
        changes.add(c -> with(() -> attendance.clear()));
        // period marks: pupil, value, reason, deferral
        changes.add(c -> withPeriodMark(new PeriodMarkLine(104, "5", null, null)));
        changes.add(c -> withPeriodMark(new PeriodMarkLine(101, "4", null, null)));
        changes.add(c -> withPeriodMark(new PeriodMarkLine(101, "5", "по заявлению", null)));
        changes.add(
                c ->
                        withPeriodMark(
                                new PeriodMarkLine(101, "5", null, LocalDate.of(2026, 11, 20))));
        changes.add(c -> with(() -> periodMarks.remove(0)));
        for (UnaryOperator<JournalContent> change : changes) {
            reset();
            assertThat(content().digest()).isEqualTo(digest);
            assertThat(change.apply(null).digest()).isNotEqualTo(digest);
        }
        // another journal or period with the same entries is another content
        reset();
        assertThat(new JournalContent(12, 21, lessons, marks, attendance, periodMarks).digest())
                .isNotEqualTo(digest);
        assertThat(new JournalContent(11, 22, lessons, marks, attendance, periodMarks).digest())
                .isNotEqualTo(digest);
    }

    @Test
    @DisplayName(
            "R-J14 moving text across a field boundary changes the digest (fields are length-prefixed)")
    void fieldBoundary() {
        lessons.clear();
        marks.clear();
        attendance.clear();
        periodMarks.clear();
        lessons.add(new LessonLine(MON, 1, "Дроби|", "стр. 5", false, null));
        String first = content().digest();
        lessons.set(0, new LessonLine(MON, 1, "Дроби", "|стр. 5", false, null));
        String second = content().digest();
        lessons.set(0, new LessonLine(MON, 1, "Дроби|стр. 5", null, false, null));
        String third = content().digest();
        assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
        // a missing reason is not an empty one, nor the text «-»
        periodMarks.add(new PeriodMarkLine(101, "5", null, null));
        String none = content().digest();
        periodMarks.set(0, new PeriodMarkLine(101, "5", "", null));
        String empty = content().digest();
        periodMarks.set(0, new PeriodMarkLine(101, "5", "-", null));
        assertThat(List.of(none, empty, content().digest())).doesNotHaveDuplicates();
        // a line cannot move from one section to another: each section counts its lines
        periodMarks.clear();
        attendance.add(new AttendanceLine(MON, 1, 101, "Б"));
        String inAttendance = content().digest();
        attendance.clear();
        marks.add(new MarkLine(MON, 1, 101, "Б", null));
        assertThat(content().digest()).isNotEqualTo(inAttendance);
    }

    @BeforeEach
    void reset() {
        lessons.clear();
        marks.clear();
        attendance.clear();
        periodMarks.clear();
        lessons.addAll(
                List.of(
                        new LessonLine(MON, 2, "Натуральные числа", "№ 12, 14", false, null),
                        new LessonLine(TUE, 1, "Сложение", null, true, 77L),
                        new LessonLine(TUE, 3, null, null, false, null)));
        marks.addAll(
                List.of(
                        new MarkLine(MON, 2, 101, "ANSWER", "5"),
                        new MarkLine(MON, 2, 101, "CONTROL_WORK", "4"),
                        new MarkLine(TUE, 1, 102, "ANSWER", "3")));
        attendance.addAll(
                List.of(
                        new AttendanceLine(MON, 2, 103, "Б"),
                        new AttendanceLine(TUE, 1, 101, "ОП")));
        periodMarks.addAll(
                List.of(
                        new PeriodMarkLine(101, "5", null, null),
                        new PeriodMarkLine(102, "4", "итоговая контрольная", null),
                        new PeriodMarkLine(103, null, "болезнь", LocalDate.of(2026, 11, 20))));
    }

    private JournalContent with(Runnable edit) {
        edit.run();
        return content();
    }

    private JournalContent withLesson(int i, LessonLine l) {
        lessons.set(i, l);
        return content();
    }

    private JournalContent withMark(int i, MarkLine m) {
        marks.set(i, m);
        return content();
    }

    private JournalContent withAttendance(AttendanceLine a) {
        attendance.set(0, a);
        return content();
    }

    private JournalContent withPeriodMark(PeriodMarkLine p) {
        periodMarks.set(0, p);
        return content();
    }
}
