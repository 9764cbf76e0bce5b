package org.schooljournal.journal.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.school.entity.Grading;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.Staff;
import org.schooljournal.school.entity.Subject;
import org.schooljournal.school.entity.TeachingAssignment;

class LessonTest {
    private static final Instant DEADLINE = Instant.parse("2026-11-23T13:40:00Z");

    private final Lesson lesson =
            new Lesson(
                    new TeachingAssignment(
                            new Staff(1L, "Иванова", "Мария", "Петровна", "учитель"),
                            new Subject("Математика", Grading.FIVE_POINT),
                            new SchoolClass(5, "А", null)),
                    LocalDate.of(2026, 11, 23),
                    2,
                    null,
                    null);

    @Test
    @DisplayName(
            "R-J03 homework or «not assigned», never both; entered in time it is not flagged, later it is")
    void homework() {
        assertThatThrownBy(
                        () ->
                                lesson.describe(
                                        "Дроби", "№ 1", true, DEADLINE.minusSeconds(60), DEADLINE))
                .isInstanceOf(JournalException.class)
                .extracting("key")
                .isEqualTo("lesson.homework.both");
        assertThat(lesson.getHomework()).isNull();

        lesson.describe("Дроби", " № 412 ", false, DEADLINE.minusSeconds(60), DEADLINE);
        assertThat(lesson.getHomework()).isEqualTo("№ 412");
        assertThat(lesson.isHomeworkLate()).isFalse();

        lesson.describe("Дроби", null, true, DEADLINE.plusSeconds(60), DEADLINE);
        assertThat(lesson.isNoHomework()).isTrue();
        assertThat(lesson.getHomework()).isNull();
        assertThat(lesson.isHomeworkLate()).isTrue();
    }

    @Test
    @DisplayName("R-J03 changing only the topic keeps the homework's entry time and flag")
    void topicOnly() {
        lesson.describe("Дроби", "№ 412", false, DEADLINE.minusSeconds(60), DEADLINE);
        Instant entered = lesson.getHomeworkEnteredAt();

        lesson.describe("Десятичные дроби", "№ 412", false, DEADLINE.plusSeconds(3600), DEADLINE);

        assertThat(lesson.getTopic()).isEqualTo("Десятичные дроби");
        assertThat(lesson.getHomeworkEnteredAt()).isEqualTo(entered);
        assertThat(lesson.isHomeworkLate()).isFalse();
    }
}
