package org.schooljournal.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.journal.entity.WorkType;
import org.schooljournal.platform.entity.Role;

class DemoMunicipalityTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    /** Friday 20 November 2026, 12:00 in Moscow. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), MOSCOW);

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static DemoMunicipality small() {
        return new DemoMunicipality(DemoSize.SMALL, DemoMunicipality.DEFAULT_SEED, CLOCK);
    }

    /** Everything a municipality generates, as comparable values. */
    private static List<Object> snapshot(DemoMunicipality municipality) {
        List<Object> all = new ArrayList<>(municipality.municipalAccounts());
        municipality
                .schools()
                .forEach(
                        s -> {
                            all.add(s.number());
                            all.add(s.name());
                            all.add(s.shortName());
                            all.addAll(s.staff());
                            all.addAll(s.classes());
                            all.addAll(s.subjects());
                            all.addAll(s.assignments());
                            all.addAll(s.pupils());
                            all.addAll(s.guardians());
                            all.addAll(s.lessons().toList());
                        });
        return all;
    }

    @Test
    void sameSeedAndClockGiveTheSameMunicipality() {
        List<Object> first = snapshot(small());
        List<Object> second = snapshot(small());

        assertThat(first).hasSizeGreaterThan(1_000).isEqualTo(second);
        assertThat(snapshot(new DemoMunicipality(DemoSize.SMALL, 7, CLOCK))).isNotEqualTo(first);
    }

    @Test
    void aSchoolBuiltAloneEqualsTheSameSchoolBuiltInTheStream() {
        DemoMunicipality municipality = small();
        DemoSchool alone = municipality.school(2);
        DemoSchool streamed = municipality.schools().skip(1).findFirst().orElseThrow();

        assertThat(alone.pupils()).isEqualTo(streamed.pupils());
        assertThat(alone.lessons().toList()).isEqualTo(streamed.lessons().toList());
    }

    @Test
    void smallSizeHasTheDocumentedShape() {
        DemoMunicipality municipality = small();
        List<DemoSchool> schools = municipality.schools().toList();

        assertThat(schools).hasSize(2);
        for (DemoSchool s : schools) {
            assertThat(s.classes())
                    .extracting(DemoClass::title)
                    .containsExactly("5 «А»", "5 «Б»", "6 «А»", "9 «А»");
            assertThat(s.pupils()).hasSize(100);
            assertThat(s.guardians()).hasSize(100);
            assertThat(s.classes()).allSatisfy(c -> assertThat(c.classTeacher()).isNotNull());
            assertThat(s.lessons()).isNotEmpty();
        }
    }

    @Test
    void loginContractHolds() {
        DemoMunicipality municipality = small();
        assertThat(municipality.municipalAccounts())
                .containsExactly(
                        new DemoAccount(
                                "admin",
                                municipality.municipalAccounts().get(0).fullName(),
                                null,
                                List.of(Role.MUNICIPAL_ADMIN)),
                        new DemoAccount(
                                "archivist",
                                municipality.municipalAccounts().get(1).fullName(),
                                null,
                                List.of(Role.ARCHIVIST)));

        Set<String> logins = new HashSet<>();
        municipality.municipalAccounts().forEach(a -> logins.add(a.login()));
        municipality
                .schools()
                .forEach(
                        s -> {
                            assertSchoolLogins(s);
                            s.accounts().forEach(a -> assertThat(logins.add(a.login())).isTrue());
                        });
        assertThat(logins)
                .contains("admin", "archivist", "s1.admin", "s1.head", "s1.deputy", "s2.admin")
                .contains("s1.teacher1", "s1.parent1", "s1.pupil1", "s2.pupil100", "s2.parent100");
    }

    @Test
    void loginContractHoldsForOtherSizes() {
        for (DemoSize size :
                List.of(
                        new DemoSize(1, 1, 1, 1),
                        new DemoSize(1, 24, 25, 2),
                        DemoSize.MUNICIPALITY)) {
            DemoSchool first = new DemoMunicipality(size, 1, CLOCK).school(1);
            assertSchoolLogins(first);
        }
    }

    private static void assertSchoolLogins(DemoSchool s) {
        String p = "s" + s.number() + ".";
        List<DemoStaff> staff = s.staff();
        assertThat(staff.get(0).account().login()).isEqualTo(p + "admin");
        assertThat(staff.get(0).account().roles()).containsExactly(Role.SCHOOL_ADMIN);
        assertThat(staff.get(1).account().login()).isEqualTo(p + "head");
        assertThat(staff.get(1).account().roles()).containsExactly(Role.HEAD);
        assertThat(staff.get(2).account().login()).isEqualTo(p + "deputy");
        assertThat(staff.get(2).account().roles()).containsExactly(Role.DEPUTY_HEAD);
        for (int k = 1; k < staff.size() - 2; k++) {
            DemoAccount teacher = staff.get(k + 2).account();
            assertThat(teacher.login()).isEqualTo(p + "teacher" + k);
            assertThat(teacher.roles()).startsWith(Role.TEACHER);
            boolean leadsAClass =
                    s.classes().stream()
                            .anyMatch(
                                    c ->
                                            c.classTeacher() != null
                                                    && c.classTeacher()
                                                            .account()
                                                            .login()
                                                            .equals(teacher.login()));
            assertThat(teacher.roles().contains(Role.CLASS_TEACHER)).isEqualTo(leadsAClass);
        }
        for (DemoAccount a : s.accounts()) {
            assertThat(a.schoolNumber()).isEqualTo(s.number());
            assertThat(a.fullName()).matches("\\S+ \\S+ \\S+");
        }
        for (DemoPupil pupil : s.pupils()) {
            int k = pupil.index() + 1;
            assertThat(pupil.account().login()).isEqualTo(p + "pupil" + k);
            assertThat(pupil.account().roles()).containsExactly(Role.PUPIL);
            assertThat(pupil.account().fullName()).isEqualTo(pupil.person().fullName());
            assertThat(pupil.guardian().account().login()).isEqualTo(p + "parent" + k);
            assertThat(pupil.guardian().account().roles()).containsExactly(Role.PARENT);
        }

        // s{N}.teacher1 teaches Математика in 5 «А», leads it, and s{N}.parent1's child is in it
        DemoStaff teacher1 = staff.get(3);
        assertThat(teacher1.account().login()).isEqualTo(p + "teacher1");
        assertThat(teacher1.account().roles()).containsExactly(Role.TEACHER, Role.CLASS_TEACHER);
        DemoClass fiveA = s.classes().get(0);
        assertThat(fiveA.title()).isEqualTo("5 «А»");
        assertThat(fiveA.classTeacher()).isEqualTo(teacher1);
        assertThat(s.assignmentsOf(fiveA))
                .anySatisfy(
                        a -> {
                            assertThat(a.subject().name()).isEqualTo("Математика");
                            assertThat(a.teacher()).isEqualTo(teacher1);
                        });
        assertThat(s.pupilsOf(fiveA))
                .anySatisfy(
                        pupil ->
                                assertThat(pupil.guardian().account().login())
                                        .isEqualTo(p + "parent1"));
    }

    @Test
    void everyClassHasEachSubjectOnceWithAFullWeek() {
        DemoSchool school =
                new DemoMunicipality(DemoSize.MUNICIPALITY, DemoMunicipality.DEFAULT_SEED, CLOCK)
                        .school(3);

        assertThat(school.classes()).hasSize(24);
        for (DemoClass c : school.classes()) {
            List<DemoAssignment> assignments = school.assignmentsOf(c);
            assertThat(assignments)
                    .extracting(a -> a.subject().name())
                    .doesNotHaveDuplicates()
                    .contains("Физическая культура");
            assertThat(assignments.stream().mapToInt(DemoAssignment::hoursPerWeek).sum())
                    .isEqualTo(DemoCurriculum.weeklyLessons(c.grade()))
                    .isBetween(20, 35);
            if (c.grade() <= 4) {
                assertThat(assignments)
                        .extracting(a -> a.subject().name())
                        .contains("Окружающий мир");
            } else if (c.grade() <= 6) {
                assertThat(assignments).extracting(a -> a.subject().name()).contains("Математика");
            } else {
                assertThat(assignments)
                        .extracting(a -> a.subject().name())
                        .contains("Алгебра", "Геометрия", "Физика")
                        .doesNotContain("Математика", "Окружающий мир");
            }
        }
        assertThat(school.classes())
                .extracting(DemoClass::classTeacher)
                .doesNotContainNull()
                .doesNotHaveDuplicates();
        Map<DemoStaff, Integer> load = new HashMap<>();
        school.assignments().forEach(a -> load.merge(a.teacher(), a.hoursPerWeek(), Integer::sum));
        assertThat(load.values()).allSatisfy(h -> assertThat(h).isLessThanOrEqualTo(27));
    }

    @Test
    void lessonsOnlyOnSchoolDaysOfTheCurrentYear() {
        Clock february = Clock.fixed(Instant.parse("2027-02-10T09:00:00Z"), MOSCOW);
        DemoMunicipality municipality =
                new DemoMunicipality(new DemoSize(1, 3, 5, 30), 1, february);
        List<DemoLesson> lessons = municipality.school(1).lessons().toList();

        assertThat(lessons).isNotEmpty();
        assertThat(lessons)
                .allSatisfy(
                        l -> {
                            LocalDate d = l.date();
                            assertThat(d.getDayOfWeek())
                                    .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                            assertThat(d).isAfterOrEqualTo(LocalDate.of(2026, 9, 1));
                            assertThat(
                                            within(
                                                    d,
                                                    LocalDate.of(2026, 10, 27),
                                                    LocalDate.of(2026, 11, 4)))
                                    .as("autumn holidays: %s", d)
                                    .isFalse();
                            assertThat(
                                            within(
                                                    d,
                                                    LocalDate.of(2026, 12, 31),
                                                    LocalDate.of(2027, 1, 8)))
                                    .as("winter holidays: %s", d)
                                    .isFalse();
                            assertThat(d).isBeforeOrEqualTo(LocalDate.of(2027, 3, 29));
                            assertThat(l.number()).isBetween(1, 8);
                        });
        assertThat(lessons).extracting(DemoLesson::date).contains(LocalDate.of(2026, 9, 1));
        assertThat(lessons).extracting(DemoLesson::date).contains(LocalDate.of(2026, 12, 30));
        assertThat(lessons)
                .extracting(DemoLesson::date)
                .contains(LocalDate.of(2027, 1, 12))
                .doesNotContain(LocalDate.of(2027, 1, 11), LocalDate.of(2026, 10, 26));
        assertThat(lessons)
                .extracting(DemoLesson::date)
                .contains(LocalDate.of(2027, 2, 22), LocalDate.of(2027, 2, 24))
                .doesNotContain(LocalDate.of(2027, 2, 23)); // Defender of the Fatherland Day
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    @Test
    @DisplayName(
            "R-S02 R-S11 lessons cover the whole year to its last study day (future ones empty), or the weeks asked for")
    void lessonsCoverTheYearOrTheWeeksAskedFor() {
        DemoMunicipality eightWeeks =
                new DemoMunicipality(
                        new DemoSize(1, 1, 2, 8), DemoMunicipality.DEFAULT_SEED, CLOCK);
        List<LocalDate> dates = eightWeeks.school(1).lessons().map(DemoLesson::date).toList();
        assertThat(dates).allSatisfy(d -> assertThat(d).isBefore(LocalDate.of(2026, 10, 27)));

        DemoMunicipality year =
                new DemoMunicipality(
                        new DemoSize(1, 1, 2, 40), DemoMunicipality.DEFAULT_SEED, CLOCK);
        List<DemoLesson> lessons = year.school(1).lessons().toList();
        assertThat(lessons)
                .extracting(DemoLesson::date)
                .contains(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31))
                .allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(LocalDate.of(2027, 5, 31)));
        assertThat(lessons)
                .filteredOn(l -> !l.date().isBefore(TODAY))
                .isNotEmpty()
                .allSatisfy(
                        l -> {
                            assertThat(l.marks()).isEmpty();
                            assertThat(l.topic()).isNull();
                            assertThat(l.homework()).isNull();
                            assertThat(l.givenBy()).isNull();
                        });
    }

    @Test
    void noClassHasTwoLessonsWithTheSameNumberOnADay() {
        DemoSchool school =
                new DemoMunicipality(
                                new DemoSize(1, 24, 3, 10), DemoMunicipality.DEFAULT_SEED, CLOCK)
                        .school(1);
        Set<String> classSlots = new HashSet<>();
        Set<String> assignmentSlots = new HashSet<>();
        school.lessons()
                .forEach(
                        l -> {
                            assertThat(
                                            classSlots.add(
                                                    l.assignment().schoolClass().index()
                                                            + " "
                                                            + l.date()
                                                            + " "
                                                            + l.number()))
                                    .isTrue();
                            assertThat(
                                            assignmentSlots.add(
                                                    l.assignment().index()
                                                            + " "
                                                            + l.date()
                                                            + " "
                                                            + l.number()))
                                    .isTrue();
                            if (l.date().isBefore(TODAY)) {
                                assertThat(l.topic()).isNotBlank().hasSizeLessThanOrEqualTo(500);
                            } else {
                                assertThat(l.topic()).isNull();
                                assertThat(l.homework()).isNull();
                            }
                        });
        // numbers within a class's day follow each other without a gap, mostly from the 1st
        Map<String, Integer> perDay = new HashMap<>();
        Map<String, Integer> span = new HashMap<>();
        Map<String, Integer> minPerDay = new HashMap<>();
        Map<String, Integer> maxPerDay = new HashMap<>();
        school.lessons()
                .forEach(
                        l -> {
                            String key = l.assignment().schoolClass().index() + " " + l.date();
                            perDay.merge(key, 1, Integer::sum);
                            minPerDay.merge(key, l.number(), Math::min);
                            maxPerDay.merge(key, l.number(), Math::max);
                        });
        maxPerDay.forEach((k, max) -> span.put(k, max - minPerDay.get(k) + 1));
        assertThat(perDay).isEqualTo(span);
        assertThat(maxPerDay.values()).allSatisfy(n -> assertThat(n).isBetween(1, 8));
        assertThat(minPerDay.values().stream().filter(n -> n == 1).count())
                .isGreaterThan(minPerDay.size() * 3L / 4);
    }

    @Test
    void marksOnlyOnPastLessonsWithFivePointValues() {
        DemoMunicipality municipality =
                new DemoMunicipality(
                        new DemoSize(1, 4, 25, 40), DemoMunicipality.DEFAULT_SEED, CLOCK);
        DemoSchool school = municipality.school(1);
        AtomicLong cells = new AtomicLong();
        Map<String, Long> values = new HashMap<>();
        Map<WorkType, Long> workTypes = new HashMap<>();
        Set<String> futureLessonWithMarks = new HashSet<>();
        school.lessons()
                .forEach(
                        l -> {
                            if (!l.date().isBefore(TODAY)) {
                                if (!l.marks().isEmpty()) {
                                    futureLessonWithMarks.add(l.toString());
                                }
                                return;
                            }
                            cells.addAndGet(school.pupilsOf(l.assignment().schoolClass()).size());
                            for (DemoMark m : l.marks()) {
                                assertThat(m.value()).isIn("2", "3", "4", "5");
                                assertThat(m.enteredAt().toLocalDate()).isEqualTo(l.date());
                                assertThat(m.enteredAt().toInstant()).isBefore(CLOCK.instant());
                                assertThat(m.enteredBy())
                                        .isEqualTo(
                                                (l.givenBy() == null
                                                                ? l.assignment().teacher()
                                                                : l.givenBy())
                                                        .account()
                                                        .login());
                                assertThat(m.pupil().schoolClass())
                                        .isEqualTo(l.assignment().schoolClass());
                                values.merge(m.value(), 1L, Long::sum);
                                workTypes.merge(m.workType(), 1L, Long::sum);
                            }
                        });
        assertThat(futureLessonWithMarks).isEmpty();
        long marks = values.values().stream().mapToLong(Long::longValue).sum();
        assertThat((double) marks / cells.get()).isBetween(0.27, 0.33);
        assertThat((double) values.get("5") / marks).isBetween(0.26, 0.34);
        assertThat((double) values.get("4") / marks).isBetween(0.36, 0.44);
        assertThat((double) values.get("3") / marks).isBetween(0.21, 0.29);
        assertThat((double) values.get("2") / marks).isBetween(0.03, 0.07);
        assertThat(workTypes.get(WorkType.ANSWER)).isGreaterThan(marks * 3 / 4);
        assertThat(workTypes).containsKeys(WorkType.TEST, WorkType.CONTROL_WORK);
        // marks in a lesson never repeat the (lesson, pupil, work type) key
        school.lessons()
                .forEach(
                        l ->
                                assertThat(l.marks())
                                        .extracting(DemoMark::pupil)
                                        .doesNotHaveDuplicates());
    }

    @Test
    void surnamesAndPatronymicsFollowSex() {
        DemoMunicipality municipality = small();
        municipality
                .schools()
                .forEach(
                        s -> {
                            Stream.concat(
                                            Stream.concat(
                                                    s.staff().stream().map(DemoStaff::person),
                                                    s.pupils().stream().map(DemoPupil::person)),
                                            s.guardians().stream().map(DemoGuardian::person))
                                    .forEach(DemoMunicipalityTest::assertNameForms);
                            for (DemoPupil pupil : s.pupils()) {
                                DemoPerson child = pupil.person();
                                DemoPerson parent = pupil.guardian().person();
                                String family = masculine(parent.lastName());
                                assertThat(child.lastName())
                                        .isEqualTo(DemoNames.surname(family, child.sex()));
                                if (parent.sex() == Sex.MALE) {
                                    assertThat(child.middleName())
                                            .isEqualTo(
                                                    DemoNames.MALE_NAMES.stream()
                                                            .filter(
                                                                    n ->
                                                                            n.name()
                                                                                    .equals(
                                                                                            parent
                                                                                                    .firstName()))
                                                            .findFirst()
                                                            .orElseThrow()
                                                            .patronymic(child.sex()));
                                }
                            }
                        });
        List<DemoPupil> girls =
                municipality.school(1).pupils().stream()
                        .filter(p -> p.person().sex() == Sex.FEMALE)
                        .toList();
        assertThat(girls).hasSizeGreaterThan(20);
        assertThat(girls)
                .anySatisfy(g -> assertThat(g.person().lastName()).endsWith("ова"))
                .anySatisfy(g -> assertThat(g.person().middleName()).endsWith("овна"));
    }

    private static void assertNameForms(DemoPerson person) {
        if (person.sex() == Sex.FEMALE) {
            assertThat(person.lastName())
                    .doesNotEndWith("ов")
                    .doesNotEndWith("ев")
                    .doesNotEndWith("ёв")
                    .doesNotEndWith("ин")
                    .doesNotEndWith("ий")
                    .doesNotEndWith("ой");
            assertThat(person.middleName()).matches(".*(вна|чна)");
            assertThat(DemoNames.FEMALE_NAMES).contains(person.firstName());
        } else {
            assertThat(person.lastName())
                    .doesNotEndWith("ова")
                    .doesNotEndWith("ева")
                    .doesNotEndWith("ёва")
                    .doesNotEndWith("ина")
                    .doesNotEndWith("ая");
            assertThat(person.middleName()).matches(".*(вич|ич)");
            assertThat(DemoNames.MALE_NAMES)
                    .extracting(DemoNames.MaleName::name)
                    .contains(person.firstName());
        }
    }

    /** The masculine surname of the list a (possibly feminine) surname comes from. */
    private static String masculine(String surname) {
        return DemoNames.SURNAMES.stream()
                .filter(
                        m ->
                                DemoNames.surname(m, Sex.MALE).equals(surname)
                                        || DemoNames.surname(m, Sex.FEMALE).equals(surname))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void pupilsNaturalKeyIsUniqueInEachSchoolAndAgeFitsTheGrade() {
        DemoMunicipality municipality =
                new DemoMunicipality(
                        new DemoSize(3, 110, 60, 0), DemoMunicipality.DEFAULT_SEED, CLOCK);
        municipality
                .schools()
                .forEach(
                        s -> {
                            Set<String> keys = new HashSet<>();
                            for (DemoPupil p : s.pupils()) {
                                assertThat(
                                                keys.add(
                                                        p.person().lastName()
                                                                + "|"
                                                                + p.person().firstName()
                                                                + "|"
                                                                + p.birthDate()))
                                        .isTrue();
                                int ageOnFirstSeptember =
                                        p.birthDate().until(LocalDate.of(2026, 9, 1)).getYears();
                                assertThat(ageOnFirstSeptember)
                                        .isIn(
                                                p.schoolClass().grade() + 5,
                                                p.schoolClass().grade() + 6);
                            }
                            assertThat(keys).hasSize(6_600);
                            assertThat(s.lessons()).isEmpty();
                        });
    }

    @Test
    void municipalitySizeHas100SchoolsAnd60000Pupils() {
        DemoMunicipality municipality =
                new DemoMunicipality(DemoSize.MUNICIPALITY, DemoMunicipality.DEFAULT_SEED, CLOCK);
        AtomicLong schools = new AtomicLong();
        AtomicLong pupils = new AtomicLong();
        AtomicLong classes = new AtomicLong();
        Set<String> shortNames = new HashSet<>();
        municipality
                .schools()
                .forEach(
                        s -> {
                            schools.incrementAndGet();
                            pupils.addAndGet(s.pupils().size());
                            classes.addAndGet(s.classes().size());
                            shortNames.add(s.shortName());
                        });

        assertThat(schools).hasValue(100);
        assertThat(pupils).hasValue(60_000);
        assertThat(classes).hasValue(2_400);
        assertThat(shortNames).hasSize(100);
    }
}
