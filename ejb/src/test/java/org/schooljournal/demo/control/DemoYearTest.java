package org.schooljournal.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.calendar.control.YearPlan;
import org.schooljournal.calendar.entity.PeriodKind;
import org.schooljournal.journal.control.PeriodMarkRule;
import org.schooljournal.timetable.control.HoursCheck;

/** The demo municipality of 5 December 2026 is a school year kept under the real rules. */
class DemoYearTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    /** Saturday 5 December 2026, 12:00 in Moscow: the 1st quarter has ended, the 2nd runs. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T09:00:00Z"), MOSCOW);

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static final DemoMunicipality SMALL =
            new DemoMunicipality(DemoSize.SMALL, DemoMunicipality.DEFAULT_SEED, CLOCK);

    @Test
    @DisplayName(
            "R-S02 no demo lesson falls in holidays, on a day off or a weekend of the standard plan; lessons run 1 September to 31 May")
    void lessonsOnStudyDaysOnly() {
        YearPlan plan = YearPlan.standard(2026);
        for (DemoSchool school : SMALL.schools().toList()) {
            List<DemoLesson> lessons = school.lessons().toList();
            assertThat(lessons)
                    .allSatisfy(
                            l -> {
                                LocalDate d = l.date();
                                int grade = l.assignment().schoolClass().grade();
                                assertThat(d.getDayOfWeek())
                                        .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                                assertThat(plan.holidays())
                                        .as("%s %s", d, l.assignment().schoolClass().title())
                                        .noneMatch(h -> h.frees(grade, d));
                                assertThat(plan.periods())
                                        .anyMatch(p -> p.covers(grade) && p.contains(d));
                            });
            assertThat(lessons)
                    .extracting(DemoLesson::date)
                    .contains(
                            LocalDate.of(2026, 9, 1),
                            LocalDate.of(2026, 10, 23),
                            LocalDate.of(2027, 1, 12),
                            LocalDate.of(2027, 5, 31))
                    .doesNotContain(
                            LocalDate.of(2026, 10, 26),
                            LocalDate.of(2027, 1, 11),
                            LocalDate.of(2027, 2, 23),
                            LocalDate.of(2027, 3, 8));
        }
    }

    @Test
    @DisplayName(
            "R-S11 R-S08 a clash-free weekly timetable with rooms; lessons a week per subject = timetable = curriculum hours = load")
    void timetableCurriculumLoadAndLessonsAgree() {
        for (DemoSchool school :
                List.of(
                        SMALL.school(1),
                        SMALL.school(2),
                        new DemoMunicipality(
                                        DemoSize.MUNICIPALITY, DemoMunicipality.DEFAULT_SEED, CLOCK)
                                .school(7))) {
            Set<String> teacherSlots = new HashSet<>();
            Set<String> roomSlots = new HashSet<>();
            Set<String> classSlots = new HashSet<>();
            Map<DemoAssignment, Integer> weekly = new HashMap<>();
            for (DemoTimetableEntry e : school.timetable()) {
                String at = e.weekday() + " " + e.number();
                assertThat(teacherSlots.add(e.assignment().teacher().index() + " " + at))
                        .as("teacher %s twice at %s", e.assignment().teacher(), at)
                        .isTrue();
                assertThat(roomSlots.add(e.room().name() + " " + at)).isTrue();
                assertThat(classSlots.add(e.assignment().schoolClass().index() + " " + at))
                        .isTrue();
                assertThat(e.number()).isBetween(1, 8);
                weekly.merge(e.assignment(), 1, Integer::sum);
            }
            assertThat(school.rooms()).extracting(DemoRoom::name).doesNotHaveDuplicates();
            for (DemoAssignment a : school.assignments()) {
                int grade = a.schoolClass().grade();
                DemoCurriculumLine line =
                        school.curriculum().stream()
                                .filter(c -> c.grade() == grade && c.subject().equals(a.subject()))
                                .findFirst()
                                .orElseThrow();
                assertThat(line.hoursPerWeek()).isEqualTo(a.hoursPerWeek());
                assertThat(weekly.get(a)).isEqualTo(a.hoursPerWeek());
                assertThat(
                                HoursCheck.verdict(
                                        weekly.get(a), BigDecimal.valueOf(line.hoursPerWeek())))
                        .isEqualTo(HoursCheck.Verdict.MATCHES);
            }
        }
        // each full school week (no holiday, no day off) has exactly the timetable's lessons
        DemoSchool school = SMALL.school(1);
        for (DemoClass c : school.classes()) {
            Map<String, Integer> perWeekAndAssignment = new HashMap<>();
            for (DemoLesson l : school.lessonsOf(c)) {
                if (l.date().isAfter(LocalDate.of(2026, 11, 8))
                        && l.date().isBefore(LocalDate.of(2026, 12, 26))) {
                    perWeekAndAssignment.merge(
                            l.date().get(WeekFields.ISO.weekOfWeekBasedYear())
                                    + " "
                                    + l.assignment().index(),
                            1,
                            Integer::sum);
                }
            }
            assertThat(perWeekAndAssignment).isNotEmpty();
            perWeekAndAssignment.forEach(
                    (key, n) -> {
                        DemoAssignment a =
                                school.assignments()
                                        .get(Integer.parseInt(key.substring(key.indexOf(' ') + 1)));
                        assertThat(n).as(key).isEqualTo(a.hoursPerWeek());
                    });
        }
    }

    @Test
    @DisplayName(
            "R-J07 R-J11 the 1st quarter has ended: every pupil's period mark is the rule's suggestion from its marks, every journal locked")
    void endedPeriodIsClosedWithTheSuggestedMarks() {
        PeriodMarkRule rule = new PeriodMarkRule();
        DemoSchool school = SMALL.school(1);
        for (DemoClass c : school.classes()) {
            DemoClassYear year = school.yearOf(c);
            List<DemoAssignment> journals = school.assignmentsOf(c);
            List<DemoPupil> pupils = school.pupilsOf(c);
            YearPlan.Period first =
                    SMALL.yearPlan().periods().stream()
                            .filter(p -> p.covers(c.grade()) && p.number() == 1)
                            .findFirst()
                            .orElseThrow();
            assertThat(first.kind()).isEqualTo(PeriodKind.QUARTER); // the small demo: grades 5-9
            assertThat(year.locks())
                    .hasSize(journals.size())
                    .allSatisfy(l -> assertThat(l.period()).isEqualTo(first));
            assertThat(year.periodMarks()).hasSize(journals.size() * pupils.size());
            for (DemoPeriodMark m : year.periodMarks()) {
                assertThat(m.period()).isEqualTo(first);
                List<PeriodMarkRule.GivenMark> given = new ArrayList<>();
                for (DemoLesson l : year.lessons()) {
                    if (l.assignment().equals(m.assignment()) && first.contains(l.date())) {
                        l.marks().stream()
                                .filter(x -> x.pupil().equals(m.pupil()))
                                .forEach(
                                        x ->
                                                given.add(
                                                        new PeriodMarkRule.GivenMark(
                                                                Integer.parseInt(x.value()),
                                                                x.workType().name())));
                    }
                }
                PeriodMarkRule.Result result = rule.suggest(given);
                assertThat(result.suggestion())
                        .isEqualTo(new PeriodMarkRule.Numeric(Integer.parseInt(m.value())));
                assertThat(m.average()).isEqualByComparingTo(result.average());
                assertThat(m.enteredAt().toLocalDate()).isEqualTo(first.endsOn());
            }
        }
    }

    @Test
    @DisplayName(
            "R-S12 R-J06 R-J13 a handful of control works (one a day per class), substitutions by free teachers and messages to parents")
    void controlWorksSubstitutionsAndMessages() {
        DemoSchool school = SMALL.school(1);
        int substitutions = 0;
        int messages = 0;
        for (DemoClass c : school.classes()) {
            DemoClassYear year = school.yearOf(c);
            assertThat(year.controlWorks())
                    .isNotEmpty()
                    .extracting(DemoControlWork::date)
                    .doesNotHaveDuplicates();
            for (DemoControlWork w : year.controlWorks()) {
                assertThat(year.lessons())
                        .anyMatch(
                                l ->
                                        l.date().equals(w.date())
                                                && l.assignment().subject().equals(w.subject()));
            }
            for (DemoLesson l : year.lessons()) {
                if (l.givenBy() != null) {
                    substitutions++;
                    assertThat(l.date()).isBefore(TODAY);
                    assertThat(l.givenBy()).isNotEqualTo(l.assignment().teacher());
                    assertThat(school.isBusy(l.givenBy(), l.date().getDayOfWeek(), l.number()))
                            .isFalse();
                }
            }
            messages += year.messages().size();
            assertThat(year.messages())
                    .allSatisfy(
                            m -> assertThat(m.createdAt().toInstant()).isBefore(CLOCK.instant()));
        }
        assertThat(substitutions).isBetween(2, 4 * DemoMunicipality.SUBSTITUTIONS_PER_CLASS);
        assertThat(messages).isBetween(4, 12);
    }
}
