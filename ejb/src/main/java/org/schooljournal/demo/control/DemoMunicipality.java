package org.schooljournal.demo.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.schooljournal.calendar.control.YearPlan;
import org.schooljournal.demo.control.DemoCurriculum.ClassSlot;
import org.schooljournal.demo.control.DemoCurriculum.Specialty;
import org.schooljournal.demo.control.DemoCurriculum.SubjectPlan;
import org.schooljournal.demo.control.DemoNames.MaleName;
import org.schooljournal.journal.control.PeriodMarkRule;
import org.schooljournal.journal.control.YearMarkRule;
import org.schooljournal.journal.entity.AttendanceKind;
import org.schooljournal.journal.entity.WorkType;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.Grading;
import org.schooljournal.timetable.control.LessonGeneration;
import org.schooljournal.timetable.control.PlannedLesson;

/**
 * A deterministic demo municipality: the same size, seed and clock always give the same schools,
 * people, lessons and marks. Plain Java, no container and no database.
 *
 * <p>Schools are built one at a time ({@link #schools()} is lazy) and a school's lessons class by
 * class, so even 100 schools with 60,000 pupils never need to be in memory at once. Every school
 * and every class draws from its own {@link Random}, seeded from the seed and its number, so one
 * school can be built without building the others.
 *
 * <p>Logins: {@code admin} (municipal admin), {@code archivist}; for school N: {@code sN.admin},
 * {@code sN.head}, {@code sN.deputy}, {@code sN.teacherK}, {@code sN.pupilK} and its parent {@code
 * sN.parentK}. {@code sN.teacher1} teaches Математика in 5 «А» and is its class teacher; {@code
 * sN.pupil1} is in 5 «А».
 */
public final class DemoMunicipality {
    /** The seed the start-up loader uses. */
    public static final long DEFAULT_SEED = 20_260_901L;

    /** Every demo account's password. */
    public static final String PASSWORD = "demo";

    /** The demo's municipal administrator. */
    public static final String MUNICIPAL_ADMIN_LOGIN = "admin";

    /** The first school's administrator, present in every demo size. */
    public static final String FIRST_SCHOOL_ADMIN_LOGIN = "s1.admin";

    /** Share of pupil × past lesson cells that get a mark, in percent. */
    static final int MARK_PERCENT = 30;

    /** A teacher's most lessons a week (1.5 posts of 18 hours). */
    static final int MAX_TEACHER_LOAD = 27;

    /** Past lessons per class given by a substitute (R-J06). */
    static final int SUBSTITUTIONS_PER_CLASS = 2;

    private static final int ROOM_CAPACITY = 30;

    /** Share of pupils marked in a control work of the school's schedule, in percent. */
    static final int CONTROL_WORK_PERCENT = 90;

    /** Messages to parents per class, at most (R-J13). */
    static final int MESSAGES_PER_CLASS = 2;

    /** The subjects with a control work of the school's schedule (ВШК) in every period. */
    static final Set<String> CONTROLLED_SUBJECTS = Set.of("Русский язык", "Математика", "Алгебра");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final String EMAIL_DOMAIN = "example.org";

    private final DemoSize size;
    private final long seed;
    private final ZoneId zone;
    private final LocalDate today;
    private final SchoolCalendar calendar;
    private final List<ClassSlot> slots;

    public DemoMunicipality(DemoSize size, long seed, Clock clock) {
        this.size = Objects.requireNonNull(size);
        this.seed = seed;
        this.zone = clock.getZone();
        this.today = LocalDate.now(clock);
        this.calendar = new SchoolCalendar(today, size.weeksOfLessons());
        this.slots = DemoCurriculum.classSlots(size.classesPerSchool());
    }

    public DemoSize size() {
        return size;
    }

    public long seed() {
        return seed;
    }

    public LocalDate today() {
        return today;
    }

    public SchoolCalendar calendar() {
        return calendar;
    }

    /**
     * The academic year every demo school has set up: the standard plan ({@link YearPlan#standard})
     * of the school year of {@link #calendar()}, i.e. the one containing today (from June to
     * August: the one that has just ended, like the demo lessons).
     */
    public YearPlan yearPlan() {
        return calendar.plan();
    }

    /** The accounts that belong to no school: {@code admin} and {@code archivist}. */
    public List<DemoAccount> municipalAccounts() {
        Random random = random(0, 0);
        DemoPerson admin = DemoNames.randomPerson(random, Sex.FEMALE);
        DemoPerson archivist = DemoNames.randomPerson(random, Sex.FEMALE);
        return List.of(
                new DemoAccount(
                        MUNICIPAL_ADMIN_LOGIN,
                        admin.fullName(),
                        null,
                        List.of(Role.MUNICIPAL_ADMIN)),
                new DemoAccount("archivist", archivist.fullName(), null, List.of(Role.ARCHIVIST)));
    }

    /** The schools, built one by one as the stream is consumed. */
    public Stream<DemoSchool> schools() {
        return IntStream.rangeClosed(1, size.schools()).mapToObj(this::school);
    }

    /** School number {@code number} (1-based), built anew. */
    public DemoSchool school(int number) {
        if (number < 1 || number > size.schools()) {
            throw new IllegalArgumentException("school " + number);
        }
        return new SchoolBuilder(number).build();
    }

    /** A random source of its own for each (school, part), independent of the others. */
    private Random random(long school, long part) {
        long h = seed;
        h = h * 0x9E3779B97F4A7C15L + school;
        h = (h ^ (h >>> 29)) * 0xBF58476D1CE4E5B9L + part;
        return new Random(h ^ (h >>> 32));
    }

    /** Builds one school: staff, classes, subjects, teaching assignments, pupils and parents. */
    private final class SchoolBuilder {
        private final int number;
        private final String prefix;
        private final Random random;
        private final List<TeacherDraft> teachers = new ArrayList<>();
        private final Map<Specialty, List<TeacherDraft>> bySpecialty =
                new EnumMap<>(Specialty.class);
        private final List<DraftAssignment> drafts = new ArrayList<>();

        SchoolBuilder(int number) {
            this.number = number;
            this.prefix = "s" + number + ".";
            this.random = random(number, 0);
        }

        DemoSchool build() {
            String name;
            String shortName;
            if (number % 10 == 2) {
                shortName = "Гимназия № " + number;
                name = "МБОУ «Гимназия № " + number + "»";
            } else if (number % 10 == 7) {
                shortName = "Лицей № " + number;
                name = "МБОУ «Лицей № " + number + "»";
            } else {
                shortName = "Школа № " + number;
                name = "МБОУ «Средняя общеобразовательная школа № " + number + "»";
            }

            List<DemoStaff> staff = new ArrayList<>();
            staff.add(
                    staffMember(
                            staff.size(),
                            "Администратор электронного журнала",
                            prefix + "admin",
                            List.of(Role.SCHOOL_ADMIN)));
            staff.add(staffMember(staff.size(), "Директор", prefix + "head", List.of(Role.HEAD)));
            staff.add(
                    staffMember(
                            staff.size(),
                            "Заместитель директора по учебной работе",
                            prefix + "deputy",
                            List.of(Role.DEPUTY_HEAD)));

            allocateTeachers();
            TeacherDraft[] classTeachers = chooseClassTeachers();
            Set<TeacherDraft> areClassTeachers = new HashSet<>();
            for (TeacherDraft t : classTeachers) {
                if (t != null) {
                    areClassTeachers.add(t);
                }
            }
            DemoStaff[] teacherStaff = new DemoStaff[teachers.size()];
            for (TeacherDraft t : teachers) {
                List<String> roles =
                        areClassTeachers.contains(t)
                                ? List.of(Role.TEACHER, Role.CLASS_TEACHER)
                                : List.of(Role.TEACHER);
                DemoStaff member =
                        new DemoStaff(
                                staff.size(),
                                t.person,
                                t.specialty.position(),
                                new DemoAccount(
                                        prefix + "teacher" + t.number,
                                        t.person.fullName(),
                                        number,
                                        roles));
                staff.add(member);
                teacherStaff[t.number - 1] = member;
            }

            List<DemoClass> classes = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                ClassSlot slot = slots.get(i);
                TeacherDraft ct = classTeachers[i];
                classes.add(
                        new DemoClass(
                                i,
                                slot.grade(),
                                slot.letter(),
                                ct == null ? null : teacherStaff[ct.number - 1]));
            }

            Set<String> used = new LinkedHashSet<>();
            DemoCurriculum.SUBJECTS.forEach(
                    plan -> {
                        if (drafts.stream().anyMatch(d -> d.subject == plan)) {
                            used.add(plan.name());
                        }
                    });
            List<DemoSubject> subjects = new ArrayList<>();
            for (String subjectName : used) {
                subjects.add(new DemoSubject(subjects.size(), subjectName, Grading.FIVE_POINT));
            }

            List<DemoAssignment> assignments = new ArrayList<>();
            for (DraftAssignment d : drafts) {
                DemoSubject subject =
                        subjects.stream()
                                .filter(s -> s.name().equals(d.subject.name()))
                                .findFirst()
                                .orElseThrow();
                assignments.add(
                        new DemoAssignment(
                                assignments.size(),
                                teacherStaff[d.teacher.number - 1],
                                subject,
                                classes.get(d.classIndex),
                                d.hours));
            }

            List<DemoRoom> rooms = new ArrayList<>();
            Map<Integer, DemoRoom> roomOf = new HashMap<>();
            Map<Integer, Integer> perFloor = new HashMap<>();
            int gyms = 0;
            for (TeacherDraft t : teachers) {
                DemoStaff member = teacherStaff[t.number - 1];
                int floor = t.specialty.floor();
                String roomName;
                if (t.specialty == Specialty.SPORT) {
                    gyms++;
                    roomName = gyms == 1 ? "Спортзал" : "Спортзал " + gyms;
                } else {
                    roomName = String.valueOf(floor * 100 + perFloor.merge(floor, 1, Integer::sum));
                }
                DemoRoom room =
                        new DemoRoom(
                                rooms.size(), roomName, floor, t.specialty.room(), ROOM_CAPACITY);
                rooms.add(room);
                roomOf.put(member.index(), room);
            }
            List<DemoTimetableEntry> timetable =
                    DemoTimetable.build(classes, assignments, roomOf, random(number, 500));
            List<DemoCurriculumLine> curriculum = new ArrayList<>();
            classes.stream()
                    .map(DemoClass::grade)
                    .distinct()
                    .sorted()
                    .forEach(
                            grade ->
                                    subjects.forEach(
                                            sub -> {
                                                int hours =
                                                        DemoCurriculum.plan(sub.name())
                                                                .hoursIn(grade);
                                                if (hours > 0) {
                                                    curriculum.add(
                                                            new DemoCurriculumLine(
                                                                    grade, sub, hours));
                                                }
                                            }));

            List<DemoPupil> pupils = new ArrayList<>();
            List<DemoGuardian> guardians = new ArrayList<>();
            Set<String> naturalKeys = new HashSet<>();
            for (DemoClass schoolClass : classes) {
                for (int i = 0; i < size.pupilsPerClass(); i++) {
                    addPupil(schoolClass, naturalKeys, pupils, guardians);
                }
            }
            return new DemoSchool(
                    DemoMunicipality.this,
                    number,
                    name,
                    shortName,
                    staff,
                    classes,
                    subjects,
                    assignments,
                    pupils,
                    guardians,
                    rooms,
                    timetable,
                    curriculum);
        }

        private DemoStaff staffMember(
                int index, String position, String login, List<String> roles) {
            DemoPerson person = DemoNames.randomPerson(random, staffSex());
            return new DemoStaff(
                    index,
                    person,
                    position,
                    new DemoAccount(login, person.fullName(), number, roles));
        }

        private Sex staffSex() {
            return random.nextInt(100) < 75 ? Sex.FEMALE : Sex.MALE;
        }

        /**
         * Gives every subject of every class a teacher: a primary class's own teacher for most
         * primary subjects, otherwise a subject teacher with room in the week (one who already
         * teaches the class first), or a new one.
         */
        private void allocateTeachers() {
            for (int classIndex = 0; classIndex < slots.size(); classIndex++) {
                int grade = slots.get(classIndex).grade();
                TeacherDraft primary = null;
                for (SubjectPlan plan : DemoCurriculum.SUBJECTS) {
                    int hours = plan.hoursIn(grade);
                    if (hours == 0) {
                        continue;
                    }
                    Specialty specialty = plan.specialtyIn(grade);
                    TeacherDraft teacher;
                    if (specialty == Specialty.PRIMARY) {
                        if (primary == null) {
                            primary = newTeacher(Specialty.PRIMARY);
                        }
                        teacher = primary;
                    } else {
                        teacher = subjectTeacher(specialty, classIndex, hours);
                    }
                    teacher.load += hours;
                    teacher.classes.add(classIndex);
                    drafts.add(new DraftAssignment(teacher, plan, classIndex, hours));
                }
            }
        }

        private TeacherDraft subjectTeacher(Specialty specialty, int classIndex, int hours) {
            List<TeacherDraft> candidates = bySpecialty.getOrDefault(specialty, List.of());
            for (TeacherDraft t : candidates) {
                if (t.classes.contains(classIndex) && t.load + hours <= MAX_TEACHER_LOAD) {
                    return t;
                }
            }
            for (TeacherDraft t : candidates) {
                if (t.load + hours <= MAX_TEACHER_LOAD) {
                    return t;
                }
            }
            return newTeacher(specialty);
        }

        private TeacherDraft newTeacher(Specialty specialty) {
            TeacherDraft t =
                    new TeacherDraft(
                            teachers.size() + 1,
                            specialty,
                            DemoNames.randomPerson(random, staffSex()));
            teachers.add(t);
            bySpecialty.computeIfAbsent(specialty, s -> new ArrayList<>()).add(t);
            return t;
        }

        /**
         * A primary class's own teacher leads it; any other class is led by the first teacher (in
         * login order) who teaches it and leads no class yet, else by any free subject teacher.
         */
        private TeacherDraft[] chooseClassTeachers() {
            TeacherDraft[] chosen = new TeacherDraft[slots.size()];
            Set<TeacherDraft> taken = new HashSet<>();
            for (int i = 0; i < slots.size(); i++) {
                TeacherDraft teacher = null;
                for (TeacherDraft t : teachers) {
                    if (t.specialty == Specialty.PRIMARY && t.classes.contains(i)) {
                        teacher = t;
                        break;
                    }
                }
                for (int pass = 0; pass < 2 && teacher == null; pass++) {
                    for (TeacherDraft t : teachers) {
                        boolean fits =
                                pass == 0
                                        ? t.classes.contains(i)
                                        : t.specialty != Specialty.PRIMARY;
                        if (fits && !taken.contains(t)) {
                            teacher = t;
                            break;
                        }
                    }
                }
                if (teacher != null) {
                    taken.add(teacher);
                }
                chosen[i] = teacher;
            }
            return chosen;
        }

        /** A pupil whose natural key (surname, name, birth date) is new in the school. */
        private void addPupil(
                DemoClass schoolClass,
                Set<String> naturalKeys,
                List<DemoPupil> pupils,
                List<DemoGuardian> guardians) {
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            String family;
            MaleName father;
            DemoPerson child;
            LocalDate birthDate;
            do {
                family = DemoNames.randomSurname(random);
                father = DemoNames.randomMaleName(random);
                child = DemoNames.child(random, sex, family, father);
                birthDate = birthDate(schoolClass.grade());
            } while (!naturalKeys.add(
                    child.lastName() + '|' + child.firstName() + '|' + birthDate));

            DemoPerson parent;
            if (random.nextInt(100) < 70) {
                parent =
                        new DemoPerson(
                                Sex.FEMALE,
                                DemoNames.surname(family, Sex.FEMALE),
                                DemoNames.randomFirstName(random, Sex.FEMALE),
                                DemoNames.randomMaleName(random).patronymic(Sex.FEMALE));
            } else {
                parent =
                        new DemoPerson(
                                Sex.MALE,
                                family,
                                father.name(),
                                DemoNames.randomMaleName(random).patronymic(Sex.MALE));
            }
            int k = pupils.size() + 1;
            String phone =
                    String.format(
                            "+7 9%02d %03d-%02d-%02d",
                            random.nextInt(100),
                            random.nextInt(1000),
                            random.nextInt(100),
                            random.nextInt(100));
            DemoGuardian guardian =
                    new DemoGuardian(
                            guardians.size(),
                            parent,
                            prefix + "parent" + k + "@" + EMAIL_DOMAIN,
                            phone,
                            new DemoAccount(
                                    prefix + "parent" + k,
                                    parent.fullName(),
                                    number,
                                    List.of(Role.PARENT)));
            guardians.add(guardian);
            pupils.add(
                    new DemoPupil(
                            pupils.size(),
                            schoolClass,
                            child,
                            birthDate,
                            new DemoAccount(
                                    prefix + "pupil" + k,
                                    child.fullName(),
                                    number,
                                    List.of(Role.PUPIL)),
                            guardian));
        }

        /**
         * Born so that on 1 September a pupil of grade g is 5.5 + g to 6.5 + g years old (six and a
         * half to seven and a half in grade 1).
         */
        private LocalDate birthDate(int grade) {
            int year = calendar.firstDay().getYear();
            LocalDate from = LocalDate.of(year - 6 - grade, Month.MARCH, 1);
            LocalDate to = LocalDate.of(year - 5 - grade, Month.MARCH, 1).minusDays(1);
            return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
        }
    }

    private static final class TeacherDraft {
        final int number;
        final Specialty specialty;
        final DemoPerson person;
        final Set<Integer> classes = new HashSet<>();
        int load;

        TeacherDraft(int number, Specialty specialty, DemoPerson person) {
            this.number = number;
            this.specialty = specialty;
            this.person = person;
        }
    }

    private record DraftAssignment(
            TeacherDraft teacher, SubjectPlan subject, int classIndex, int hours) {}

    /**
     * The lessons a class's weekly timetable gives in a year's calendar, generated as the journal
     * generates them, by date and number; a list the caller may change.
     */
    private static List<PlannedLesson> planned(
            List<DemoTimetableEntry> timetable, int grade, SchoolCalendar year) {
        List<LessonGeneration.WeeklySlot> week =
                timetable.stream()
                        .map(
                                e ->
                                        new LessonGeneration.WeeklySlot(
                                                e.assignment().index(),
                                                grade,
                                                SchoolCalendar.WEEK_DAYS,
                                                e.weekday(),
                                                e.number()))
                        .toList();
        List<PlannedLesson> planned =
                new ArrayList<>(
                        LessonGeneration.plan(
                                        week,
                                        (g, weekDays, date) -> year.isSchoolDay(g, date),
                                        year.firstDay(),
                                        year.lastDay(),
                                        List.of())
                                .create());
        planned.sort(
                Comparator.comparing(PlannedLesson::date).thenComparingInt(PlannedLesson::number));
        return planned;
    }

    /**
     * One class's year. Its lessons are generated from its weekly timetable by the real rule
     * ({@link LessonGeneration}) on the study days of the standard year plan ({@link
     * SchoolCalendar}), so none falls in holidays or on a day off. Past lessons have topics,
     * homework and marks (R-J01 to R-J05); the last past lesson of a journal in a period that has
     * ended marks every pupil still without a mark in it, as a teacher does before setting period
     * marks. Lessons still to come are empty. A period that has ended is closed: each pupil's
     * period mark is what {@link PeriodMarkRule} suggests from the period's marks (R-J07), and each
     * journal is locked for it (R-J11). Russian and mathematics have a control work of the school's
     * schedule (ВШК, R-S12) near the end of every period; a few past lessons were given by a
     * substitute free at that hour (R-J06), and the teachers wrote a few messages to parents
     * (R-J13).
     */
    DemoClassYear yearOf(DemoSchool school, DemoClass schoolClass) {
        Random random = random(school.number(), 1_000L + schoolClass.index());
        int grade = schoolClass.grade();
        List<PlannedLesson> planned = planned(school.timetableOf(schoolClass), grade, calendar);
        List<DemoAssignment> assignments = school.assignments();
        List<YearPlan.Period> periods =
                calendar.plan().periods().stream().filter(p -> p.covers(grade)).toList();
        List<YearPlan.Period> ended =
                periods.stream().filter(p -> p.endsOn().isBefore(today)).toList();

        // the last past lesson of each journal in each period that has ended: everyone gets a mark
        Map<String, PlannedLesson> sweep = new HashMap<>();
        for (PlannedLesson l : planned) {
            for (YearPlan.Period p : ended) {
                if (p.contains(l.date())) {
                    sweep.put(l.assignmentId() + " " + p.number(), l);
                }
            }
        }
        Set<PlannedLesson> sweeps = new HashSet<>(sweep.values());

        // the school's control works: Russian and mathematics, the third lesson from a period's end
        List<DemoControlWork> controlWorks = new ArrayList<>();
        Set<PlannedLesson> controlLessons = new HashSet<>();
        Set<LocalDate> controlDays = new HashSet<>();
        for (YearPlan.Period p : periods) {
            for (DemoAssignment a : school.assignmentsOf(schoolClass)) {
                String subject = a.subject().name();
                if (!CONTROLLED_SUBJECTS.contains(subject)) {
                    continue;
                }
                List<PlannedLesson> inPeriod =
                        planned.stream()
                                .filter(
                                        l ->
                                                l.assignmentId() == a.index()
                                                        && p.contains(l.date())
                                                        && !sweeps.contains(l))
                                .toList();
                for (int back = 3; back <= inPeriod.size(); back++) {
                    PlannedLesson l = inPeriod.get(inPeriod.size() - back);
                    if (controlDays.add(l.date())) {
                        controlLessons.add(l);
                        boolean russian = subject.equals("Русский язык");
                        controlWorks.add(
                                new DemoControlWork(
                                        schoolClass,
                                        a.subject(),
                                        l.date(),
                                        russian
                                                ? "Контрольный диктант"
                                                : "Административная контрольная работа",
                                        "Итоговая работа: "
                                                + YearPlan.periodName(
                                                        p.kind(), p.number(), Locale.ROOT)));
                        break;
                    }
                }
            }
        }

        // a few past lessons given by a substitute free at that hour
        List<PlannedLesson> past = planned.stream().filter(l -> l.date().isBefore(today)).toList();
        Map<PlannedLesson, DemoStaff> substitutes = new HashMap<>();
        List<DemoStaff> teachers =
                school.staff().stream()
                        .filter(m -> m.account().roles().contains(Role.TEACHER))
                        .toList();
        for (int i = 0; i < SUBSTITUTIONS_PER_CLASS && past.size() > 10; i++) {
            PlannedLesson l = past.get(random.nextInt(past.size()));
            DemoStaff own = assignments.get((int) l.assignmentId()).teacher();
            List<DemoStaff> free =
                    teachers.stream()
                            .filter(
                                    t ->
                                            !t.equals(own)
                                                    && !school.isBusy(
                                                            t, l.date().getDayOfWeek(), l.number()))
                            .toList();
            if (!free.isEmpty() && !controlLessons.contains(l)) {
                substitutes.put(l, free.get(random.nextInt(free.size())));
            }
        }

        List<DemoPupil> pupils = school.pupilsOf(schoolClass);
        int[] counters = new int[assignments.size()];
        List<DemoLesson> lessons = new ArrayList<>();
        for (PlannedLesson l : planned) {
            DemoAssignment a = assignments.get((int) l.assignmentId());
            int k = ++counters[a.index()];
            lessons.add(
                    lesson(
                            random,
                            a,
                            l.date(),
                            l.number(),
                            k,
                            pupils,
                            controlLessons.contains(l),
                            sweeps.contains(l),
                            lessons,
                            substitutes.get(l),
                            calendar,
                            today));
        }

        // period marks as the rule suggests, and the journals locked for the period
        PeriodMarkRule rule = new PeriodMarkRule();
        List<DemoPeriodMark> periodMarks = new ArrayList<>();
        List<DemoJournalLock> locks = new ArrayList<>();
        List<DemoMessage> messages = new ArrayList<>();
        for (YearPlan.Period p : ended) {
            OffsetDateTime closedAt = p.endsOn().atTime(15, 30).atZone(zone).toOffsetDateTime();
            for (DemoAssignment a : school.assignmentsOf(schoolClass)) {
                Map<DemoPupil, List<PeriodMarkRule.GivenMark>> given = new LinkedHashMap<>();
                for (DemoLesson l : lessons) {
                    if (l.assignment().equals(a) && p.contains(l.date())) {
                        for (DemoMark m : l.marks()) {
                            given.computeIfAbsent(m.pupil(), x -> new ArrayList<>())
                                    .add(
                                            new PeriodMarkRule.GivenMark(
                                                    Integer.parseInt(m.value()),
                                                    m.workType().name()));
                        }
                    }
                }
                String teacher = a.teacher().account().login();
                for (DemoPupil pupil : pupils) {
                    PeriodMarkRule.Result result =
                            rule.suggest(given.getOrDefault(pupil, List.of()));
                    if (result.suggestion() instanceof PeriodMarkRule.Numeric n) {
                        periodMarks.add(
                                new DemoPeriodMark(
                                        a,
                                        p,
                                        pupil,
                                        String.valueOf(n.value()),
                                        result.average(),
                                        closedAt,
                                        teacher));
                        if (n.value() == 3 && messages.size() < MESSAGES_PER_CLASS) {
                            messages.add(
                                    new DemoMessage(
                                            a,
                                            pupil,
                                            "RECOMMENDATION",
                                            "По предмету «"
                                                    + a.subject().name()
                                                    + "» за "
                                                    + YearPlan.periodName(
                                                            p.kind(), p.number(), Locale.ROOT)
                                                    + " выставлена отметка «3»."
                                                    + " Рекомендую повторить пройденные темы"
                                                    + " и приходить на консультации по средам.",
                                            teacher,
                                            closedAt.plusMinutes(30)));
                        }
                    }
                }
                locks.add(new DemoJournalLock(a, p, closedAt.plusMinutes(20), teacher));
            }
        }
        for (DemoLesson l : lessons) {
            if (messages.size() >= MESSAGES_PER_CLASS + 1) {
                break;
            }
            for (DemoMark m : l.marks()) {
                if (m.value().equals("2")) {
                    messages.add(
                            new DemoMessage(
                                    l.assignment(),
                                    m.pupil(),
                                    "MESSAGE",
                                    "Уважаемые родители! "
                                            + m.pupil().person().firstName()
                                            + " получил(а) «2» на уроке «"
                                            + l.assignment().subject().name()
                                            + "» "
                                            + l.date().format(DATE)
                                            + ". Прошу проверить домашнее задание.",
                                    m.enteredBy(),
                                    m.enteredAt().plusHours(2)));
                    break;
                }
            }
        }
        return new DemoClassYear(lessons, periodMarks, locks, controlWorks, messages);
    }

    /**
     * The school's previous school year (see {@link DemoPreviousYear}): last year's classes, their
     * journals with teachers from the school's staff, and the week their lessons followed, built
     * with the same timetable rules as this year's.
     */
    DemoPreviousYear previousYearOf(DemoSchool school) {
        SchoolCalendar past = new SchoolCalendar(calendar.firstDay().minusYears(1), 53);
        List<DemoClass> classes =
                school.classes().stream()
                        .filter(c -> c.grade() > 1)
                        .map(
                                c ->
                                        new DemoClass(
                                                c.index(),
                                                c.grade() - 1,
                                                c.letter(),
                                                c.classTeacher()))
                        .toList();
        List<DemoSubject> newSubjects = new ArrayList<>();
        Map<String, DemoSubject> subjects = new LinkedHashMap<>();
        school.subjects().forEach(s -> subjects.put(s.name(), s));
        List<DemoStaff> teachers =
                school.staff().stream()
                        .filter(m -> m.account().roles().contains(Role.TEACHER))
                        .toList();
        Map<DemoStaff, Integer> load = new HashMap<>();
        List<DemoAssignment> assignments = new ArrayList<>();
        for (DemoClass c : classes) {
            DemoClass now = school.classes().get(c.index());
            for (SubjectPlan plan : DemoCurriculum.SUBJECTS) {
                int hours = plan.hoursIn(c.grade());
                if (hours == 0) {
                    continue;
                }
                DemoSubject subject =
                        subjects.computeIfAbsent(
                                plan.name(),
                                name -> {
                                    DemoSubject s =
                                            new DemoSubject(
                                                    school.subjects().size() + newSubjects.size(),
                                                    name,
                                                    Grading.FIVE_POINT);
                                    newSubjects.add(s);
                                    return s;
                                });
                DemoStaff teacher =
                        pastTeacher(school, teachers, load, now, plan, c.grade(), hours);
                load.merge(teacher, hours, Integer::sum);
                assignments.add(new DemoAssignment(assignments.size(), teacher, subject, c, hours));
            }
        }
        Map<Integer, DemoRoom> roomOf = new HashMap<>();
        for (int i = 0; i < teachers.size() && i < school.rooms().size(); i++) {
            roomOf.put(teachers.get(i).index(), school.rooms().get(i));
        }
        // the timetable finds a class by its index: this year's first grades stand in, without
        // lessons, for the classes that did not exist last year
        List<DemoClass> byIndex = new ArrayList<>(school.classes());
        classes.forEach(c -> byIndex.set(c.index(), c));
        List<DemoTimetableEntry> timetable =
                DemoTimetable.build(byIndex, assignments, roomOf, random(school.number(), 600));
        return new DemoPreviousYear(past, classes, newSubjects, assignments, timetable);
    }

    /**
     * Who taught the subject to the class last year: its teacher of this year if the subject is
     * taught to the class now, else a teacher who teaches the subject in the school, else one of
     * the subject's specialty, else the class teacher — each while the week has room (at most
     * {@link #MAX_TEACHER_LOAD} lessons), the least loaded first.
     */
    private static DemoStaff pastTeacher(
            DemoSchool school,
            List<DemoStaff> teachers,
            Map<DemoStaff, Integer> load,
            DemoClass now,
            SubjectPlan plan,
            int grade,
            int hours) {
        List<List<DemoStaff>> choices = new ArrayList<>();
        choices.add(
                school.assignmentsOf(now).stream()
                        .filter(a -> a.subject().name().equals(plan.name()))
                        .map(DemoAssignment::teacher)
                        .toList());
        choices.add(
                school.assignments().stream()
                        .filter(a -> a.subject().name().equals(plan.name()))
                        .map(DemoAssignment::teacher)
                        .distinct()
                        .toList());
        String position = plan.specialtyIn(grade).position();
        choices.add(teachers.stream().filter(t -> t.position().equals(position)).toList());
        if (now.classTeacher() != null) {
            choices.add(List.of(now.classTeacher()));
        }
        choices.add(teachers);
        Comparator<DemoStaff> leastLoaded =
                Comparator.comparingInt((DemoStaff t) -> load.getOrDefault(t, 0))
                        .thenComparingInt(DemoStaff::index);
        for (List<DemoStaff> candidates : choices) {
            var fit =
                    candidates.stream()
                            .filter(t -> load.getOrDefault(t, 0) + hours <= MAX_TEACHER_LOAD)
                            .min(leastLoaded);
            if (fit.isPresent()) {
                return fit.get();
            }
        }
        return teachers.stream().min(leastLoaded).orElseThrow();
    }

    /** Share of pupil × lesson cells without a mark that record an absence, in per mille. */
    static final int ABSENCE_PER_MILLE = 40;

    /**
     * One class's previous year, finished: lessons generated by the real rule ({@link
     * LessonGeneration}) from last year's week on the study days of last year's standard plan, all
     * given, with topics, homework, marks (the last lesson of each period marks every pupil still
     * without a mark in it) and absences; every period closed with the mark {@link PeriodMarkRule}
     * suggests for every pupil (R-J07) and locked (R-J11); every pupil's year mark as {@link
     * YearMarkRule} suggests from the period marks (R-J12).
     */
    DemoPastClassYear pastYearOf(DemoSchool school, DemoPreviousYear year, DemoClass schoolClass) {
        Random random = random(school.number(), 2_000L + schoolClass.index());
        Random absences = random(school.number(), 3_000L + schoolClass.index());
        SchoolCalendar past = year.calendar();
        LocalDate over = past.plan().endsOn().plusDays(1);
        int grade = schoolClass.grade();
        List<PlannedLesson> planned =
                planned(
                        year.timetable().stream()
                                .filter(
                                        e ->
                                                e.assignment().schoolClass().index()
                                                        == schoolClass.index())
                                .toList(),
                        grade,
                        past);
        List<YearPlan.Period> periods =
                past.plan().periods().stream().filter(p -> p.covers(grade)).toList();
        Map<String, PlannedLesson> sweep = new HashMap<>();
        for (PlannedLesson l : planned) {
            for (YearPlan.Period p : periods) {
                if (p.contains(l.date())) {
                    sweep.put(l.assignmentId() + " " + p.number(), l);
                }
            }
        }
        Set<PlannedLesson> sweeps = new HashSet<>(sweep.values());
        List<DemoAssignment> assignments = year.assignments();
        List<DemoAssignment> journals = year.assignmentsOf(schoolClass);
        List<DemoPupil> pupils = school.pupilsOf(school.classes().get(schoolClass.index()));
        int[] counters = new int[assignments.size()];
        List<DemoLesson> lessons = new ArrayList<>();
        List<DemoPastLesson> given = new ArrayList<>();
        AttendanceKind[] kinds = AttendanceKind.values();
        for (PlannedLesson l : planned) {
            DemoAssignment a = assignments.get((int) l.assignmentId());
            int k = ++counters[a.index()];
            DemoLesson lesson =
                    lesson(
                            random,
                            a,
                            l.date(),
                            l.number(),
                            k,
                            pupils,
                            false,
                            sweeps.contains(l),
                            lessons,
                            null,
                            past,
                            over);
            lessons.add(lesson);
            Set<DemoPupil> marked = new HashSet<>();
            lesson.marks().forEach(m -> marked.add(m.pupil()));
            List<DemoAttendance> attendance = new ArrayList<>();
            for (DemoPupil pupil : pupils) {
                if (absences.nextInt(1000) < ABSENCE_PER_MILLE && !marked.contains(pupil)) {
                    int roll = absences.nextInt(100);
                    AttendanceKind kind =
                            kinds[roll < 50 ? 0 : roll < 70 ? 1 : roll < 85 ? 2 : kinds.length - 1];
                    attendance.add(
                            new DemoAttendance(
                                    pupil,
                                    kind,
                                    l.date()
                                            .atTime(8, 0)
                                            .plusMinutes(50L * l.number() + 10)
                                            .atZone(zone)
                                            .toOffsetDateTime(),
                                    a.teacher().account().login()));
                }
            }
            given.add(new DemoPastLesson(lesson, attendance));
        }

        PeriodMarkRule rule = new PeriodMarkRule();
        YearMarkRule yearRule = new YearMarkRule();
        List<DemoPeriodMark> periodMarks = new ArrayList<>();
        List<DemoYearMark> yearMarks = new ArrayList<>();
        List<DemoJournalLock> locks = new ArrayList<>();
        OffsetDateTime yearClosed =
                past.plan().endsOn().atTime(16, 0).atZone(zone).toOffsetDateTime();
        for (DemoAssignment a : journals) {
            String teacher = a.teacher().account().login();
            Map<DemoPupil, List<String>> byPupil = new LinkedHashMap<>();
            for (YearPlan.Period p : periods) {
                OffsetDateTime closedAt = p.endsOn().atTime(15, 30).atZone(zone).toOffsetDateTime();
                Map<DemoPupil, List<PeriodMarkRule.GivenMark>> marks = new HashMap<>();
                for (DemoLesson l : lessons) {
                    if (l.assignment().equals(a) && p.contains(l.date())) {
                        for (DemoMark m : l.marks()) {
                            marks.computeIfAbsent(m.pupil(), x -> new ArrayList<>())
                                    .add(
                                            new PeriodMarkRule.GivenMark(
                                                    Integer.parseInt(m.value()),
                                                    m.workType().name()));
                        }
                    }
                }
                for (DemoPupil pupil : pupils) {
                    PeriodMarkRule.Result result =
                            rule.suggest(marks.getOrDefault(pupil, List.of()));
                    String value =
                            result.suggestion() instanceof PeriodMarkRule.Numeric n
                                    ? String.valueOf(n.value())
                                    : null;
                    if (value != null) {
                        periodMarks.add(
                                new DemoPeriodMark(
                                        a, p, pupil, value, result.average(), closedAt, teacher));
                    }
                    byPupil.computeIfAbsent(pupil, x -> new ArrayList<>()).add(value);
                }
                locks.add(new DemoJournalLock(a, p, closedAt.plusMinutes(20), teacher));
            }
            byPupil.forEach(
                    (pupil, values) -> {
                        String value = yearRule.suggest(values);
                        if (value != null) {
                            yearMarks.add(new DemoYearMark(a, pupil, value, yearClosed, teacher));
                        }
                    });
        }
        return new DemoPastClassYear(given, periodMarks, yearMarks, locks);
    }

    private DemoLesson lesson(
            Random random,
            DemoAssignment assignment,
            LocalDate date,
            int number,
            int k,
            List<DemoPupil> pupils,
            boolean controlWork,
            boolean sweep,
            List<DemoLesson> earlier,
            DemoStaff substitute,
            SchoolCalendar calendar,
            LocalDate today) {
        SubjectPlan plan = DemoCurriculum.plan(assignment.subject().name());
        if (!date.isBefore(today)) {
            return new DemoLesson(assignment, date, number, null, null, List.of(), null);
        }
        boolean examined = plan.homework() != DemoCurriculum.Homework.NONE;
        boolean russian = plan.name().equals("Русский язык");
        int roll = random.nextInt(100);
        WorkType workType =
                controlWork
                        ? (russian ? WorkType.DICTATION : WorkType.CONTROL_WORK)
                        : !examined || roll >= 15
                                ? WorkType.ANSWER
                                : roll < 5
                                        ? (russian ? WorkType.DICTATION : WorkType.CONTROL_WORK)
                                        : WorkType.TEST;

        List<String> topics = plan.topics();
        int perTopic = Math.max(1, assignment.hoursPerWeek() * 33 / topics.size());
        int topicIndex = (k - 1) / perTopic;
        int withinTopic = (k - 1) % perTopic;
        String topic;
        if (topicIndex >= topics.size()) {
            topic = "Тема " + (topicIndex + 1);
        } else {
            String name = topics.get(topicIndex);
            topic =
                    switch (workType) {
                        case CONTROL_WORK -> "Контрольная работа по теме «" + name + "»";
                        case DICTATION -> "Контрольный диктант по теме «" + name + "»";
                        case TEST -> "Проверочная работа по теме «" + name + "»";
                        default -> withinTopic == 0 ? name : name + ". Урок " + (withinTopic + 1);
                    };
        }
        String homework =
                switch (plan.homework()) {
                    case NONE -> null;
                    case EXERCISES -> "Упр. " + (k * 3 + random.nextInt(3));
                    case PROBLEMS -> "№ " + (k * 4) + ", " + (k * 4 + 2 + random.nextInt(2));
                    case PARAGRAPH ->
                            "§ " + (topicIndex + 1) + ", вопросы 1–" + (3 + random.nextInt(4));
                    case READING -> "Читать с. " + (k * 5) + "–" + (k * 5 + 4 + random.nextInt(8));
                };

        Set<DemoPupil> unmarked = new HashSet<>();
        if (sweep) {
            unmarked.addAll(pupils);
            YearPlan.Period period =
                    calendar.days().periodOf(assignment.schoolClass().grade(), date).orElseThrow();
            for (DemoLesson l : earlier) {
                if (l.assignment().equals(assignment) && period.contains(l.date())) {
                    l.marks().forEach(m -> unmarked.remove(m.pupil()));
                }
            }
        }
        List<DemoMark> marks = new ArrayList<>();
        String teacher = (substitute != null ? substitute : assignment.teacher()).account().login();
        int percent = controlWork ? CONTROL_WORK_PERCENT : MARK_PERCENT;
        for (DemoPupil pupil : pupils) {
            if (random.nextInt(100) < percent || unmarked.contains(pupil)) {
                marks.add(
                        new DemoMark(
                                pupil,
                                workType,
                                markValue(random),
                                date.atTime(8, 0)
                                        .plusMinutes(50L * number + random.nextInt(8 * 60))
                                        .atZone(zone)
                                        .toOffsetDateTime(),
                                teacher));
            }
        }
        return new DemoLesson(assignment, date, number, topic, homework, marks, substitute);
    }

    /** 5: 30 %, 4: 40 %, 3: 25 %, 2: 5 %. */
    private static String markValue(Random random) {
        int roll = random.nextInt(100);
        return roll < 30 ? "5" : roll < 70 ? "4" : roll < 95 ? "3" : "2";
    }
}
