package org.schooljournal.journal.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.school.entity.Grading;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.Staff;
import org.schooljournal.school.entity.Subject;
import org.schooljournal.school.entity.TeachingAssignment;

class MarkTest {
    static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    private static Lesson lessonOf(Grading grading) {
        SchoolClass fifthA = new SchoolClass(5, "А", null);
        Staff teacher = new Staff(1L, "Иванова", "Мария", "Петровна", "учитель");
        return new Lesson(
                new TeachingAssignment(teacher, new Subject("Математика", grading), fifthA),
                LocalDate.of(2026, 11, 20),
                1,
                "Дроби",
                null);
    }

    private static Pupil pupil(Lesson lesson) {
        return new Pupil(
                lesson.getAssignment().getSchoolClass(),
                "Смирнов",
                "Пётр",
                null,
                LocalDate.of(2015, 3, 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "3", "4", "5", " 5 "})
    @DisplayName("R-J05 R-S03 marks of the 5-point scale are accepted (trimmed)")
    void fivePointScale(String value) {
        Lesson lesson = lessonOf(Grading.FIVE_POINT);

        Mark mark = new Mark(lesson, pupil(lesson), WorkType.ANSWER, value, "s1.teacher1", NOW);

        assertThat(mark.getValue()).isEqualTo(value.strip());
        assertThat(mark.getEnteredAt()).isEqualTo(NOW);
        assertThat(mark.getEnteredBy()).isEqualTo("s1.teacher1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "55", "5+", "зч", "", "н"})
    @DisplayName("R-S03 a mark outside the subject's grading system is refused with a message key")
    void outsideScaleRefused(String value) {
        Lesson lesson = lessonOf(Grading.FIVE_POINT);

        assertThatThrownBy(() -> new Mark(lesson, pupil(lesson), WorkType.ANSWER, value, "t", NOW))
                .isInstanceOf(JournalException.class)
                .satisfies(
                        e ->
                                assertThat(((JournalException) e).key())
                                        .isEqualTo("mark.outsideScale"));
    }

    @Test
    @DisplayName("R-S03 pass/fail subjects take зч/нз; subjects without marks take none")
    void otherGradings() {
        Lesson passFail = lessonOf(Grading.PASS_FAIL);
        Lesson none = lessonOf(Grading.NONE);

        assertThat(new Mark(passFail, pupil(passFail), WorkType.TEST, "зч", "t", NOW).getValue())
                .isEqualTo("зч");
        assertThatThrownBy(() -> new Mark(passFail, pupil(passFail), WorkType.TEST, "5", "t", NOW))
                .isInstanceOf(JournalException.class);
        assertThatThrownBy(() -> new Mark(none, pupil(none), WorkType.TEST, "5", "t", NOW))
                .isInstanceOf(JournalException.class);
    }

    @Test
    @DisplayName("R-J05 changing a mark keeps the scale check and records who and when")
    void change() {
        Lesson lesson = lessonOf(Grading.FIVE_POINT);
        Mark mark = new Mark(lesson, pupil(lesson), WorkType.ANSWER, "3", "a", NOW);

        mark.change("4", "b", NOW.plusSeconds(60));

        assertThat(mark.getValue()).isEqualTo("4");
        assertThat(mark.getEnteredBy()).isEqualTo("b");
        assertThatThrownBy(() -> mark.change("9", "b", NOW)).isInstanceOf(JournalException.class);
        assertThat(mark.getValue()).isEqualTo("4");
    }
}
