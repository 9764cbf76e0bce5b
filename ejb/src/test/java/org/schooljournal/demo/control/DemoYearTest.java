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
import org.schooljournal.journal.control.YearMarkRule;
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

    @Test
    @DisplayName(
            "R-S02 R-J07 R-J11 R-J12 the previous year 2025/26 is finished: lessons on its study days only, every journal's pupils have every period mark (as the rule suggests) and a year mark, every period is locked")
    void previousYearIsFinishedUnderTheRules() {
        YearPlan plan = YearPlan.standard(2025);
        PeriodMarkRule rule = new PeriodMarkRule();
        YearMarkRule yearRule = new YearMarkRule();
        for (DemoSchool school : SMALL.schools().toList()) {
            DemoPreviousYear year = school.previousYear();
            assertThat(year.plan().name()).isEqualTo("2025/2026");
            assertThat(year.classes())
                    .extracting(DemoClass::title)
                    .containsExactly("4 «А»", "4 «Б»", "5 «А»", "8 «А»");
            for (DemoClass c : year.classes()) {
                DemoPastClassYear past = school.pastYearOf(c);
                List<DemoLesson> lessons =
                        past.lessons().stream().map(DemoPastLesson::lesson).toList();
                assertThat(lessons)
                        .isNotEmpty()
                        .allSatisfy(
                                l -> {
                                    LocalDate d = l.date();
                                    assertThat(d.getDayOfWeek())
                                            .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                                    assertThat(plan.holidays())
                                            .as("%s %s", d, c.title())
                                            .noneMatch(h -> h.frees(c.grade(), d));
                                    assertThat(plan.periods())
                                            .anyMatch(p -> p.covers(c.grade()) && p.contains(d));
                                    assertThat(l.topic()).isNotNull();
                                });
                assertThat(past.lessons()).anyMatch(l -> !l.attendance().isEmpty());
                List<YearPlan.Period> periods =
                        plan.periods().stream().filter(p -> p.covers(c.grade())).toList();
                List<DemoPupil> pupils = school.pupilsOf(school.classes().get(c.index()));
                // a year mark for every journal of the year and every pupil, none besides
                assertThat(past.yearMarks()).hasSize(year.assignmentsOf(c).size() * pupils.size());
                for (DemoAssignment a : year.assignmentsOf(c)) {
                    assertThat(past.locks())
                            .filteredOn(l -> l.assignment().equals(a))
                            .extracting(DemoJournalLock::period)
                            .containsExactlyElementsOf(periods);
                    for (DemoPupil pupil : pupils) {
                        List<String> values = new java.util.ArrayList<>();
                        for (YearPlan.Period p : periods) {
                            List<PeriodMarkRule.GivenMark> given =
                                    lessons.stream()
                                            .filter(
                                                    l ->
                                                            l.assignment().equals(a)
                                                                    && p.contains(l.date()))
                                            .flatMap(l -> l.marks().stream())
                                            .filter(m -> m.pupil().equals(pupil))
                                            .map(
                                                    m ->
                                                            new PeriodMarkRule.GivenMark(
                                                                    Integer.parseInt(m.value()),
                                                                    m.workType().name()))
                                            .toList();
                            PeriodMarkRule.Numeric expected =
                                    (PeriodMarkRule.Numeric) rule.suggest(given).suggestion();
                            assertThat(past.periodMarks())
                                    .filteredOn(
                                            m ->
                                                    m.assignment().equals(a)
                                                            && m.period().equals(p)
                                                            && m.pupil().equals(pupil))
                                    .extracting(DemoPeriodMark::value)
                                    .containsExactly(String.valueOf(expected.value()));
                            values.add(String.valueOf(expected.value()));
                        }
                        String suggested = yearRule.suggest(values);
                        assertThat(suggested).as("%s %s", a, pupil).isNotNull();
                        assertThat(past.yearMarks())
                                .filteredOn(
                                        m -> m.assignment().equals(a) && m.pupil().equals(pupil))
                                .extracting(DemoYearMark::value)
                                .containsExactly(suggested);
                    }
                }
            }
        }
    }

    @Test
    @DisplayName(
            "the previous year of a school with first grades (which did not exist last year) is built too")
    void previousYearOfASchoolWithFirstGrades() {
        DemoMunicipality whole =
                new DemoMunicipality(
                        new DemoSize(1, 24, 3, 40), DemoMunicipality.DEFAULT_SEED, CLOCK);
        DemoSchool school = whole.school(1);
        DemoPreviousYear year = school.previousYear();
        assertThat(school.classes()).anyMatch(c -> c.grade() == 1);
        assertThat(year.classes()).noneMatch(c -> c.grade() == 11).hasSizeLessThan(24);
        DemoClass first = year.classes().get(0);
        assertThat(school.pastYearOf(first).periodMarks()).isNotEmpty();
    }
}
