package org.schooljournal.journal.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * R-J14: what a teacher signs — the canonical, deterministic form of a journal's period: its
 * lessons (date, number, topic, homework or «Не задано», who gave it when not the journal's own
 * teacher), every mark, every attendance entry and the period marks. Each list is put in one order
 * whatever order it was read in, and every field is length-prefixed as in the audit chain, so no
 * two different journals give the same bytes by concatenation. The digest is SHA-256 in hex.
 */
public final class JournalContent {
    /** Version of the canonical form; a new form gets a new tag, old signatures keep theirs. */
    static final String FORMAT = "school-journal/period-content/v1";

    /** What the journal's right page shows for an explicit «not assigned» homework (R-J03). */
    public static final String NO_HOMEWORK = "Не задано";

    /** A lesson; {@code givenBy} is the substitute's staff id, null for the journal's teacher. */
    public record LessonLine(
            LocalDate date,
            int number,
            String topic,
            String homework,
            boolean noHomework,
            Long givenBy) {
        /** The homework as the journal shows it: the text, «Не задано», or nothing. */
        public String shownHomework() {
            return homework != null ? homework : noHomework ? NO_HOMEWORK : null;
        }
    }

    /** A mark in the lesson of {@code date} and {@code number}. */
    public record MarkLine(
            LocalDate date, int number, long pupilId, String workType, String value) {}

    /** An attendance entry (its journal code) in the lesson of {@code date} and {@code number}. */
    public record AttendanceLine(LocalDate date, int number, long pupilId, String code) {}

    /** A pupil's period mark, or its deferral. */
    public record PeriodMarkLine(
            long pupilId, String value, String reason, LocalDate deferredUntil) {}

    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<LocalDate> DATE =
            Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<Long> ID = Comparator.nullsFirst(Comparator.naturalOrder());

    private static final Comparator<LessonLine> LESSONS =
            Comparator.comparing(LessonLine::date, DATE)
                    .thenComparingInt(LessonLine::number)
                    .thenComparing(LessonLine::topic, TEXT)
                    .thenComparing(LessonLine::shownHomework, TEXT)
                    .thenComparing(LessonLine::givenBy, ID);
    private static final Comparator<MarkLine> MARKS =
            Comparator.comparing(MarkLine::date, DATE)
                    .thenComparingInt(MarkLine::number)
                    .thenComparingLong(MarkLine::pupilId)
                    .thenComparing(MarkLine::workType, TEXT)
                    .thenComparing(MarkLine::value, TEXT);
    private static final Comparator<AttendanceLine> ATTENDANCE =
            Comparator.comparing(AttendanceLine::date, DATE)
                    .thenComparingInt(AttendanceLine::number)
                    .thenComparingLong(AttendanceLine::pupilId)
                    .thenComparing(AttendanceLine::code, TEXT);
    private static final Comparator<PeriodMarkLine> PERIOD_MARKS =
            Comparator.comparingLong(PeriodMarkLine::pupilId)
                    .thenComparing(PeriodMarkLine::value, TEXT)
                    .thenComparing(PeriodMarkLine::reason, TEXT)
                    .thenComparing(PeriodMarkLine::deferredUntil, DATE);

    private final long assignmentId;
    private final long periodId;
    private final List<LessonLine> lessons;
    private final List<MarkLine> marks;
    private final List<AttendanceLine> attendance;
    private final List<PeriodMarkLine> periodMarks;

    public JournalContent(
            long assignmentId,
            long periodId,
            List<LessonLine> lessons,
            List<MarkLine> marks,
            List<AttendanceLine> attendance,
            List<PeriodMarkLine> periodMarks) {
        this.assignmentId = assignmentId;
        this.periodId = periodId;
        this.lessons = lessons.stream().sorted(LESSONS).toList();
        this.marks = marks.stream().sorted(MARKS).toList();
        this.attendance = attendance.stream().sorted(ATTENDANCE).toList();
        this.periodMarks = periodMarks.stream().sorted(PERIOD_MARKS).toList();
    }

    /** The canonical bytes (UTF-8): the same journal gives the same bytes, any change others. */
    public byte[] canonical() {
        StringBuilder text = new StringBuilder();
        line(text, FORMAT, String.valueOf(assignmentId), String.valueOf(periodId));
        section(
                text,
                "lessons",
                lessons,
                l ->
                        new String[] {
                            String.valueOf(l.date()),
                            String.valueOf(l.number()),
                            l.topic(),
                            l.shownHomework(),
                            l.givenBy() == null ? null : l.givenBy().toString()
                        });
        section(
                text,
                "marks",
                marks,
                m ->
                        new String[] {
                            String.valueOf(m.date()),
                            String.valueOf(m.number()),
                            String.valueOf(m.pupilId()),
                            m.workType(),
                            m.value()
                        });
        section(
                text,
                "attendance",
                attendance,
                a ->
                        new String[] {
                            String.valueOf(a.date()),
                            String.valueOf(a.number()),
                            String.valueOf(a.pupilId()),
                            a.code()
                        });
        section(
                text,
                "periodMarks",
                periodMarks,
                p ->
                        new String[] {
                            String.valueOf(p.pupilId()),
                            p.value(),
                            p.reason(),
                            p.deferredUntil() == null ? null : p.deferredUntil().toString()
                        });
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** SHA-256 of {@link #canonical()}, 64 hex digits. */
    public String digest() {
        return sha256(canonical());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static <T> void section(
            StringBuilder text, String name, List<T> items, Function<T, String[]> fields) {
        line(text, name, String.valueOf(items.size()));
        for (T item : items) {
            line(text, fields.apply(item));
        }
    }

    /** One line: each field as {@code length:text}, a missing one as {@code -}. */
    private static void line(StringBuilder text, String... fields) {
        for (String f : Arrays.asList(fields)) {
            text.append('|');
            if (f == null) {
                text.append('-');
            } else {
                text.append(f.length()).append(':').append(f);
            }
        }
        text.append('\n');
    }
}
