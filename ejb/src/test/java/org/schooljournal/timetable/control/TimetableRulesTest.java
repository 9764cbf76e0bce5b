package org.schooljournal.timetable.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.entity.JournalException;

class TimetableRulesTest {
    static Slot slot(
            Long id,
            long assignment,
            long classId,
            String title,
            long teacher,
            String room,
            DayOfWeek day,
            int number) {
        return new Slot(
                id,
                assignment,
                classId,
                title,
                teacher,
                "Иванова М. П.",
                "Математика",
                room,
                day,
                number);
    }

    static final List<Slot> SCHOOL =
            List.of(
                    slot(1L, 10, 100, "5 «А»", 7, "201", DayOfWeek.MONDAY, 1),
                    slot(2L, 11, 101, "6 «А»", 8, "202", DayOfWeek.MONDAY, 2));

    @Test
    @DisplayName("R-S11 a free slot is accepted")
    void free() {
        assertThat(
                        TimetableRules.clashes(
                                slot(null, 12, 100, "5 «А»", 9, "203", DayOfWeek.MONDAY, 2),
                                5,
                                SCHOOL))
                .isEmpty();
    }

    @Test
    @DisplayName("R-S11 a class, a teacher or a room booked twice is refused, naming the clash")
    void doubleBookings() {
        var classTwice =
                TimetableRules.clashes(
                        slot(null, 12, 100, "5 «А»", 9, null, DayOfWeek.MONDAY, 1), 5, SCHOOL);
        var teacherTwice =
                TimetableRules.clashes(
                        slot(null, 13, 102, "7 «А»", 8, null, DayOfWeek.MONDAY, 2), 5, SCHOOL);
        var roomTwice =
                TimetableRules.clashes(
                        slot(null, 14, 103, "8 «А»", 9, "201", DayOfWeek.MONDAY, 1), 5, SCHOOL);

        assertThat(classTwice)
                .extracting(JournalException::key)
                .containsExactly("timetable.clash.class");
        assertThat(teacherTwice)
                .extracting(JournalException::key)
                .containsExactly("timetable.clash.teacher");
        assertThat(teacherTwice.get(0).args()).contains("Иванова М. П.", "6 «А»");
        assertThat(roomTwice)
                .extracting(JournalException::key)
                .containsExactly("timetable.clash.room");
    }

    @Test
    @DisplayName("R-S11 moving a slot onto itself is not a clash")
    void sameEntry() {
        assertThat(
                        TimetableRules.clashes(
                                slot(1L, 10, 100, "5 «А»", 7, "201", DayOfWeek.MONDAY, 1),
                                5,
                                SCHOOL))
                .isEmpty();
    }

    @Test
    @DisplayName("R-S10 a five-day class has no Saturday lessons; a six-day class has")
    void saturday() {
        Slot saturday = slot(null, 12, 100, "5 «А»", 9, null, DayOfWeek.SATURDAY, 1);

        assertThat(TimetableRules.clashes(saturday, 5, SCHOOL))
                .extracting(JournalException::key)
                .containsExactly("timetable.dayOff");
        assertThat(TimetableRules.clashes(saturday, 6, SCHOOL)).isEmpty();
    }

    /** A group's slot on Tuesday, lesson 3; stored ones have an entry id (the assignment's). */
    static Slot group(long assignment, long classId, long groupId, long teacher, Set<Long> pupils) {
        return new Slot(
                assignment,
                assignment,
                classId,
                "группа " + groupId,
                teacher,
                "Учитель " + teacher,
                "Английский язык",
                null,
                DayOfWeek.TUESDAY,
                3,
                groupId,
                pupils);
    }

    @Test
    @DisplayName(
            "R-S06 two groups of a split class share a slot; the whole class and one of its groups do not")
    void groupsOfOneClass() {
        Slot first = group(20, 100, 1, 7, Set.of(1L, 2L));
        Slot second = group(21, 100, 2, 8, Set.of(3L, 4L));
        Slot whole =
                new Slot(
                        null,
                        22,
                        100,
                        "5 «А»",
                        9,
                        "Петров",
                        "Математика",
                        null,
                        DayOfWeek.TUESDAY,
                        3,
                        null,
                        Set.of(1L, 2L, 3L, 4L));

        assertThat(TimetableRules.clashes(second, 5, List.of(first))).isEmpty();
        assertThat(TimetableRules.clashes(whole, 5, List.of(first, second)))
                .extracting(JournalException::key)
                .containsExactly("timetable.clash.group", "timetable.clash.group");
        assertThat(TimetableRules.clashes(group(23, 100, 1, 9, Set.of(1L, 2L)), 5, List.of(first)))
                .extracting(JournalException::key)
                .containsExactly("timetable.clash.group");
    }

    @Test
    @DisplayName(
            "R-S06 a stream clashes only where its pupils are busy, naming the group and the class")
    void streams() {
        Slot fifthB =
                new Slot(
                        30L,
                        30,
                        101,
                        "5 «Б»",
                        9,
                        "Петров",
                        "Математика",
                        null,
                        DayOfWeek.TUESDAY,
                        3,
                        null,
                        Set.of(5L, 6L));
        Slot withPupilOfB = group(31, 0, 7, 10, Set.of(1L, 6L));
        Slot withoutPupilOfB = group(32, 0, 8, 11, Set.of(2L, 3L));

        var clash = TimetableRules.clashes(withPupilOfB, 6, List.of(fifthB));
        assertThat(clash)
                .extracting(JournalException::key)
                .containsExactly("timetable.clash.group");
        assertThat(clash.get(0).args()).contains("группа 7", "Математика", "5 «Б»");
        assertThat(TimetableRules.clashes(withoutPupilOfB, 6, List.of(fifthB))).isEmpty();
        assertThat(TimetableRules.clashes(withoutPupilOfB, 6, List.of(withPupilOfB))).isEmpty();
    }
}
