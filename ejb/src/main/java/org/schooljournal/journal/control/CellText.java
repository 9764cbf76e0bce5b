package org.schooljournal.journal.control;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.schooljournal.journal.entity.AttendanceKind;
import org.schooljournal.journal.entity.WorkType;
import org.schooljournal.platform.entity.JournalException;

/**
 * What one grid cell reads (R-J01, R-J10): the attendance code first, then each mark with its
 * work-type letter in the order of the work types, joined by «/» — «Б/4» is a make-up mark beside
 * the recorded illness, «5/4к» an answer and a control work. The grid sends the whole text a
 * teacher typed and the text it replaces; {@link #parse} reads it here, so a cell is written in one
 * transaction (item 5 of issue 8: all or nothing).
 */
public final class CellText {
    /** The longest text a cell may hold: an attendance code and every work type's mark. */
    public static final int MAX_LENGTH = 60;

    /** Work types by letter, longest first: «дз» must not be read as «д». */
    private static final List<WorkType> BY_LETTER =
            Arrays.stream(WorkType.values())
                    .filter(w -> !w.code().isEmpty())
                    .sorted(Comparator.comparingInt((WorkType w) -> w.code().length()).reversed())
                    .toList();

    private CellText() {}

    /** A cell's parts: the attendance (null: present) and one mark per work type. */
    public record Parts(AttendanceKind attendance, Map<WorkType, String> marks) {
        public Parts {
            marks = Collections.unmodifiableMap(new EnumMap<>(marks));
        }

        public static Parts empty() {
            return new Parts(null, Map.of());
        }
    }

    public static String of(String attendanceCode, Map<WorkType, String> marks) {
        StringJoiner text = new StringJoiner("/");
        if (attendanceCode != null && !attendanceCode.isEmpty()) {
            text.add(attendanceCode);
        }
        new TreeMap<>(marks).forEach((type, value) -> text.add(value + type.code()));
        return text.toString();
    }

    public static String of(Parts parts) {
        return of(parts.attendance() == null ? null : parts.attendance().code(), parts.marks());
    }

    /**
     * Reads what a teacher typed: tokens separated by «/» or blanks; an attendance code («б», «уп»,
     * «нп», «н» = unexcused until the reason is known, «оп»; Latin H, O and Y count as their
     * Cyrillic twins, a teacher does not see which layout typed them); every other token a mark,
     * with a work type letter at its end or none for an answer. Whether a mark's value fits the
     * subject's grading is the {@code Mark}'s rule, not the text's.
     *
     * @throws JournalException INVALID naming what cannot be read
     */
    public static Parts parse(String text) {
        AttendanceKind attendance = null;
        Map<WorkType, String> marks = new EnumMap<>(WorkType.class);
        for (String token : text.strip().split("[\\s/]+")) {
            if (token.isEmpty()) {
                continue;
            }
            AttendanceKind kind = attendance(token);
            if (kind != null) {
                if (attendance != null) {
                    throw new JournalException(
                            JournalException.Kind.INVALID, "cell.attendanceTwice");
                }
                attendance = kind;
                continue;
            }
            WorkType type = workType(token);
            String value = token.substring(0, token.length() - type.code().length());
            if (marks.putIfAbsent(type, value) != null) {
                throw new JournalException(
                        JournalException.Kind.INVALID, "cell.markTwice", type.name());
            }
        }
        return new Parts(attendance, marks);
    }

    private static AttendanceKind attendance(String token) {
        String code =
                token.toUpperCase(Locale.ROOT)
                        .replace('H', 'Н')
                        .replace('O', 'О')
                        .replace('Y', 'У');
        if (code.equals("Н")) {
            return AttendanceKind.UNEXCUSED;
        }
        return Arrays.stream(AttendanceKind.values())
                .filter(k -> k.code().equals(code))
                .findFirst()
                .orElse(null);
    }

    private static WorkType workType(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return BY_LETTER.stream()
                .filter(w -> lower.length() > w.code().length() && lower.endsWith(w.code()))
                .findFirst()
                .orElse(WorkType.ANSWER);
    }
}
