package org.schooljournal.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.timetable.control.Calendar;

class BellScheduleTest {
    private static BellSchedule.Period p(int number, String start, String end) {
        return new BellSchedule.Period(number, LocalTime.parse(start), LocalTime.parse(end));
    }

    private static JournalException refusal(List<BellSchedule.Period> periods) {
        return (JournalException) catchThrowable(() -> BellSchedule.of(periods));
    }

    private static Throwable catchThrowable(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    @DisplayName(
            "R-S10 the standard bells are today's: 08:30, 09:20, 10:20 ... 14:40, 40 minutes, first shift")
    void standard() {
        BellSchedule bells = BellSchedule.standard();

        assertThat(bells.periods()).hasSize(8);
        assertThat(bells.start(3)).isEqualTo(LocalTime.of(10, 20));
        assertThat(bells.end(3)).isEqualTo(LocalTime.of(11, 0));
        assertThat(bells.start(8)).isEqualTo(LocalTime.of(14, 40));
        assertThat(bells.shift()).isEqualTo(1);
        assertThat(BellSchedule.secondShift().shift()).isEqualTo(2);
        assertThat(BellSchedule.secondShift().start(1)).isEqualTo(LocalTime.of(14, 0));
    }

    @Test
    @DisplayName("R-S10 periods are taken in lesson order whatever order they come in")
    void sorted() {
        BellSchedule bells =
                BellSchedule.of(List.of(p(2, "09:20", "10:00"), p(1, "08:30", "09:10")));

        assertThat(bells.periods()).extracting(BellSchedule.Period::number).containsExactly(1, 2);
    }

    @Test
    @DisplayName(
            "R-S10 a lesson that starts before the previous one ends is refused, naming both with their times")
    void overlap() {
        JournalException e =
                refusal(
                        List.of(
                                p(1, "08:30", "09:10"),
                                p(2, "09:20", "10:15"),
                                p(3, "10:10", "10:50")));

        assertThat(e.kind()).isEqualTo(JournalException.Kind.INVALID);
        assertThat(e.key()).isEqualTo("bells.overlap");
        assertThat(Messages.text(e, Locale.forLanguageTag("ru")))
                .isEqualTo(
                        "Урок 3 (10:10–10:50) начинается раньше, чем кончается урок 2 (09:20–10:15)");
    }

    @Test
    @DisplayName("R-S10 a lesson must end after it starts and last 20 to 90 minutes")
    void lengths() {
        assertThat(refusal(List.of(p(1, "09:00", "08:30"))).key())
                .isEqualTo("bells.endBeforeStart");
        assertThat(refusal(List.of(p(1, "09:00", "09:00"))).key())
                .isEqualTo("bells.endBeforeStart");
        assertThat(refusal(List.of(p(1, "09:00", "09:15"))).args())
                .containsExactly(1, "09:00", "09:15", 15L, 20, 90);
        assertThat(refusal(List.of(p(1, "09:00", "10:31"))).key()).isEqualTo("bells.length");
        assertThat(
                        BellSchedule.of(List.of(p(1, "09:00", "09:20"), p(2, "09:20", "10:50")))
                                .periods())
                .hasSize(2);
    }

    @Test
    @DisplayName("R-S10 lessons are numbered 1..n without gaps or repeats, at most 8")
    void numbering() {
        assertThat(refusal(List.of(p(1, "08:30", "09:10"), p(3, "10:20", "11:00"))).args())
                .containsExactly(2);
        assertThat(refusal(List.of(p(2, "08:30", "09:10"))).key()).isEqualTo("bells.gap");
        assertThat(refusal(List.of(p(1, "08:30", "09:10"), p(1, "09:20", "10:00"))).key())
                .isEqualTo("bells.duplicate");
        assertThat(refusal(List.of(p(0, "08:30", "09:10"))).key()).isEqualTo("bells.number");
        assertThat(refusal(List.of(p(9, "08:30", "09:10"))).key()).isEqualTo("bells.number");
        assertThat(refusal(List.of()).key()).isEqualTo("bells.count");
    }

    @Test
    @DisplayName(
            "R-S10 a second-shift class needs a schedule whose first lesson starts at 12:00 or later, a first-shift class one that starts earlier")
    void shifts() {
        BellSchedule noon = BellSchedule.of(List.of(p(1, "12:00", "12:40")));

        assertThat(noon.shift()).isEqualTo(2);
        noon.requireShift(2, "7 «Б»", "Вторая смена");
        assertThatThrownBy(() -> BellSchedule.standard().requireShift(2, "7 «Б»", "Основное"))
                .isInstanceOfSatisfying(
                        JournalException.class,
                        e -> {
                            assertThat(e.kind()).isEqualTo(JournalException.Kind.CONFLICT);
                            assertThat(e.key()).isEqualTo("bells.shift.second");
                            assertThat(Messages.text(e, Locale.forLanguageTag("ru")))
                                    .contains("7 «Б»", "«Основное»", "08:30", "12:00");
                        });
        assertThatThrownBy(() -> noon.requireShift(1, "5 «А»", "Вторая смена"))
                .hasMessageContaining("bells.shift.first");
    }

    @Test
    @DisplayName(
            "R-S10 a lesson past a shorter schedule follows its last lesson after a 10-minute break")
    void beyondTheSchedule() {
        BellSchedule two = BellSchedule.of(List.of(p(1, "08:00", "08:45"), p(2, "08:55", "09:40")));

        assertThat(two.start(3)).isEqualTo(LocalTime.of(9, 50));
        assertThat(two.end(3)).isEqualTo(LocalTime.of(10, 35));
        assertThat(two.start(4)).isEqualTo(LocalTime.of(10, 45));
    }

    @Test
    @DisplayName("R-S10 R-S11 the ICS export puts each lesson at the bells of its class")
    void calendarPerClass() {
        String ics =
                Calendar.of(
                        "9 «А»",
                        Clock.fixed(
                                Instant.parse("2027-01-10T09:00:00Z"), ZoneId.of("Europe/Moscow")),
                        List.of(
                                new Calendar.Event(
                                        1, LocalDate.of(2027, 2, 5), 2, "Алгебра", null)),
                        e -> BellSchedule.secondShift());

        assertThat(ics)
                .contains(
                        "DTSTART;TZID=Europe/Moscow:20270205T145000",
                        "DTEND;TZID=Europe/Moscow:20270205T153000");
    }
}
