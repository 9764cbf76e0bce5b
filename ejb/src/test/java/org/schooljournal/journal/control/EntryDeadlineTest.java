package org.schooljournal.journal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.journal.entity.WorkType;

class EntryDeadlineTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(MOSCOW).toInstant();
    }

    @Test
    @DisplayName("R-J05 an answer's mark is due the same school day; at midnight it is late")
    void sameDay() {
        Instant due = EntryDeadline.forMark(WorkType.ANSWER, MONDAY, MOSCOW);

        assertThat(EntryDeadline.late(at(MONDAY, 23, 59), due)).isFalse();
        assertThat(EntryDeadline.late(at(MONDAY.plusDays(1), 0, 0), due)).isTrue();
    }

    @Test
    @DisplayName(
            "R-J05 a control work's marks are due within 5 days, a written work's or dictation's within a week")
    void controlAndWrittenWorks() {
        Instant control = EntryDeadline.forMark(WorkType.CONTROL_WORK, MONDAY, MOSCOW);
        Instant written = EntryDeadline.forMark(WorkType.WRITTEN_WORK, MONDAY, MOSCOW);

        assertThat(EntryDeadline.late(at(MONDAY.plusDays(5), 22, 0), control)).isFalse();
        assertThat(EntryDeadline.late(at(MONDAY.plusDays(6), 8, 0), control)).isTrue();
        assertThat(EntryDeadline.late(at(MONDAY.plusDays(7), 22, 0), written)).isFalse();
        assertThat(EntryDeadline.late(at(MONDAY.plusDays(8), 8, 0), written)).isTrue();
        assertThat(EntryDeadline.forMark(WorkType.DICTATION, MONDAY, MOSCOW)).isEqualTo(written);
    }

    @Test
    @DisplayName("R-J04 attendance is marked on the day of the lesson")
    void attendance() {
        Instant due = EntryDeadline.forAttendance(MONDAY, MOSCOW);

        assertThat(EntryDeadline.late(at(MONDAY, 8, 35), due)).isFalse();
        assertThat(EntryDeadline.late(at(MONDAY.plusDays(1), 8, 0), due)).isTrue();
    }

    @Test
    @DisplayName(
            "R-J03 homework is due 3 hours after the class's lessons end that day; exactly then it is late")
    void homework() {
        Instant due = EntryDeadline.forHomework(MONDAY, LocalTime.of(13, 40), MOSCOW);

        assertThat(due).isEqualTo(at(MONDAY, 16, 40));
        assertThat(EntryDeadline.late(at(MONDAY, 16, 39), due)).isFalse();
        assertThat(EntryDeadline.late(at(MONDAY, 16, 40), due)).isTrue();
    }
}
