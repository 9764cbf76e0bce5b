package org.schooljournal.oversight.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.journal.entity.WorkType;
import org.schooljournal.oversight.control.Timeliness.Finding;
import org.schooljournal.oversight.control.Timeliness.Kind;

class TimelinessTest {
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);
    static final Instant LONG_AFTER = Instant.parse("2026-12-01T00:00:00Z");

    /** Moscow is UTC+3 all year: 23:59 on Monday in Moscow is 20:59Z. */
    static Instant moscow(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(MOSCOW).toInstant();
    }

    @Test
    @DisplayName(
            "R-C02 deadlines are the order's: topic and attendance the day, marks 0/5/7 days, homework 3 h after the class's last lesson")
    void deadlines() {
        assertThat(Timeliness.deadline(Kind.TOPIC, null, MONDAY, null, MOSCOW))
                .isEqualTo(moscow("2026-10-06T00:00"));
        assertThat(Timeliness.deadline(Kind.ATTENDANCE, null, MONDAY, null, MOSCOW))
                .isEqualTo(moscow("2026-10-06T00:00"));
        assertThat(Timeliness.deadline(Kind.MARK, WorkType.ANSWER, MONDAY, null, MOSCOW))
                .isEqualTo(moscow("2026-10-06T00:00"));
        assertThat(Timeliness.deadline(Kind.MARK, WorkType.CONTROL_WORK, MONDAY, null, MOSCOW))
                .isEqualTo(moscow("2026-10-11T00:00"));
        assertThat(Timeliness.deadline(Kind.MARK, WorkType.WRITTEN_WORK, MONDAY, null, MOSCOW))
                .isEqualTo(moscow("2026-10-13T00:00"));
        assertThat(Timeliness.deadline(Kind.HOMEWORK, null, MONDAY, LocalTime.of(13, 45), MOSCOW))
                .isEqualTo(moscow("2026-10-05T16:45"));
    }

    @Test
    @DisplayName(
            "R-C02 a mark entered after its deadline is late; one entered in time is not; the boundary instant is late")
    void lateOrNot() {
        Instant deadline = moscow("2026-10-06T00:00");
        Instant inTime = moscow("2026-10-05T23:59");
        assertThat(Timeliness.judge(inTime, inTime, true, false, deadline, LONG_AFTER)).isNull();
        assertThat(Timeliness.judge(deadline, deadline, true, false, deadline, LONG_AFTER))
                .isEqualTo(Finding.LATE);
        Instant nextMorning = moscow("2026-10-06T08:10");
        assertThat(Timeliness.judge(nextMorning, nextMorning, true, false, deadline, LONG_AFTER))
                .isEqualTo(Finding.LATE);
    }

    @Test
    @DisplayName(
            "R-C02 a change after the deadline counts by its audit time, not by the lesson date")
    void changedLate() {
        Instant deadline = moscow("2026-10-06T00:00");
        assertThat(
                        Timeliness.judge(
                                moscow("2026-10-05T10:00"),
                                moscow("2026-10-20T10:00"),
                                true,
                                false,
                                deadline,
                                LONG_AFTER))
                .isEqualTo(Finding.CHANGED_LATE);
    }

    @Test
    @DisplayName(
            "R-C01 a required topic or homework missing after its deadline is found; before it, not yet")
    void missing() {
        Instant deadline = moscow("2026-10-05T16:45");
        assertThat(Timeliness.judge(null, null, false, true, deadline, moscow("2026-10-05T16:00")))
                .isNull();
        assertThat(Timeliness.judge(null, null, false, true, deadline, deadline))
                .isEqualTo(Finding.MISSING);
        // removed after it was entered in time: missing, whatever the trail says
        Instant early = moscow("2026-10-05T12:00");
        assertThat(Timeliness.judge(early, early, false, true, deadline, LONG_AFTER))
                .isEqualTo(Finding.MISSING);
        // a mark or an absence is not required of a lesson
        assertThat(Timeliness.judge(null, null, false, false, deadline, LONG_AFTER)).isNull();
    }

    @Test
    @DisplayName(
            "R-C02 a value without any audit entry has nothing to judge by and is not reported late")
    void noTrail() {
        assertThat(Timeliness.judge(null, null, true, true, moscow("2026-10-06T00:00"), LONG_AFTER))
                .isNull();
    }
}
