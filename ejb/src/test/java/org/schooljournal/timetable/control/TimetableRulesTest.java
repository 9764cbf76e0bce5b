package org.schooljournal.timetable.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
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
}
