package org.schooljournal.timetable.control;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.schooljournal.platform.entity.JournalException;

/**
 * R-S11: nobody is in two places at once. A new slot is refused when its class, its teacher or its
 * room already has a lesson at the same weekday and lesson number; the refusal names the clash.
 * R-S06: two groups of one class (or streams) may share a time when no pupil is in both. R-S10: a
 * five-day class has no Saturday lessons.
 */
public final class TimetableRules {
    private TimetableRules() {}

    /** The clashes of {@code candidate} with the school's existing slots (other than itself). */
    public static List<JournalException> clashes(
            Slot candidate, int classWeekDays, List<Slot> existing) {
        List<JournalException> clashes = new ArrayList<>();
        if (candidate.weekday() == DayOfWeek.SUNDAY
                || (candidate.weekday() == DayOfWeek.SATURDAY && classWeekDays < 6)) {
            clashes.add(invalid("timetable.dayOff", candidate.classTitle(), day(candidate)));
        }
        for (Slot other : existing) {
            if (!candidate.sameTime(other)
                    || Objects.equals(other.entryId(), candidate.entryId())) {
                continue;
            }
            if (candidate.sharesPupils(other)) {
                boolean wholeClasses =
                        candidate.groupId() == null
                                && other.groupId() == null
                                && candidate.classId() == other.classId();
                clashes.add(
                        wholeClasses
                                ? invalid(
                                        "timetable.clash.class",
                                        candidate.classTitle(),
                                        day(other),
                                        other.lessonNumber(),
                                        other.subject())
                                : invalid(
                                        "timetable.clash.group",
                                        candidate.classTitle(),
                                        day(other),
                                        other.lessonNumber(),
                                        other.subject(),
                                        other.classTitle()));
            }
            if (other.teacherId() == candidate.teacherId()) {
                clashes.add(
                        invalid(
                                "timetable.clash.teacher",
                                other.teacherName(),
                                day(other),
                                other.lessonNumber(),
                                other.classTitle()));
            }
            if (candidate.room() != null && candidate.room().equalsIgnoreCase(other.room())) {
                clashes.add(
                        invalid(
                                "timetable.clash.room",
                                other.room(),
                                day(other),
                                other.lessonNumber(),
                                other.classTitle()));
            }
        }
        return clashes;
    }

    /** Weekday as a message argument: its ISO number, rendered by the bundle's choice format. */
    private static int day(Slot slot) {
        return slot.weekday().getValue();
    }

    private static JournalException invalid(String key, Object... args) {
        return new JournalException(JournalException.Kind.CONFLICT, key, args);
    }
}
