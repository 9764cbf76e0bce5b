package org.schooljournal.school.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.entity.JournalException;

class StudyGroupTest {
    private final SchoolClass fifthA = new SchoolClass(5, "А", null);

    @Test
    @DisplayName("R-S06 a group of a class takes its grade and is titled with the class")
    void ofClass() {
        StudyGroup g = StudyGroup.within(StudyGroup.Kind.SUBGROUP, " Английский, гр. 1 ", fifthA);

        assertThat(g.getName()).isEqualTo("Английский, гр. 1");
        assertThat(g.getGrade()).isEqualTo(5);
        assertThat(g.getTitle()).isEqualTo("5 «А» · Английский, гр. 1");
        assertThat(StudyGroup.stream("Робототехника", 7).getTitle()).isEqualTo("Робототехника");
    }

    @Test
    @DisplayName("R-S06 a group needs a name and a real grade; R-S07 an individual group one pupil")
    void refused() {
        assertThatThrownBy(() -> StudyGroup.stream("  ", 5))
                .isInstanceOf(JournalException.class)
                .extracting("key")
                .isEqualTo("group.name.empty");
        assertThatThrownBy(() -> StudyGroup.stream("Физика (профиль)", 12))
                .extracting("key")
                .isEqualTo("group.grade");
        StudyGroup individual =
                StudyGroup.within(StudyGroup.Kind.INDIVIDUAL, "ИУП: Иванов Иван", fifthA);
        assertThatThrownBy(() -> individual.replaceMembers(List.of(1L, 2L)))
                .extracting("key")
                .isEqualTo("group.individual.one");
        individual.replaceMembers(List.of(1L));
        assertThat(individual.getPupilIds()).containsExactly(1L);
    }

    @Test
    @DisplayName(
            "R-S07 a subject taught individually needs its weekly hours and the pupil's group; one not studied has neither")
    void planLine() {
        Subject maths = new Subject("Математика", Grading.FIVE_POINT);
        IndividualPlanLine line = new IndividualPlanLine(1L, maths);
        StudyGroup own = StudyGroup.within(StudyGroup.Kind.INDIVIDUAL, "ИУП", fifthA);

        assertThatThrownBy(
                        () -> line.define(IndividualPlanLine.Mode.INDIVIDUAL, null, own, "на дому"))
                .extracting("key")
                .isEqualTo("plan.hours.missing");
        line.define(IndividualPlanLine.Mode.INDIVIDUAL, new BigDecimal("2"), own, " на дому ");
        assertThat(line.getHoursPerWeek()).isEqualByComparingTo("2.0");
        assertThat(line.getNote()).isEqualTo("на дому");
        line.define(IndividualPlanLine.Mode.NOT_STUDIED, new BigDecimal("2"), own, null);
        assertThat(line.getHoursPerWeek()).isNull();
        assertThat(line.getGroup()).isNull();
    }
}
