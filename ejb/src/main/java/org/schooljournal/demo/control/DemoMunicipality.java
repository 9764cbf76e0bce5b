package org.schooljournal.demo.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.schooljournal.calendar.control.YearPlan;
import org.schooljournal.demo.control.Curriculum.ClassSlot;
import org.schooljournal.demo.control.Curriculum.Specialty;
import org.schooljournal.demo.control.Curriculum.SubjectPlan;
import org.schooljournal.demo.control.DemoNames.MaleName;
import org.schooljournal.journal.entity.WorkType;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.Grading;

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

    private static final String EMAIL_DOMAIN = "example.org";

    private final DemoSize size;
    private final long seed;
    private final ZoneId zone;
    private final LocalDate today;
    private final SchoolCalendar calendar;
    private final List<LocalDate> schoolDays;
    private final List<ClassSlot> slots;

    public DemoMunicipality(DemoSize size, long seed, Clock clock) {
        this.size = Objects.requireNonNull(size);
        this.seed = seed;
        this.zone = clock.getZone();
        this.today = LocalDate.now(clock);
        this.calendar = new SchoolCalendar(today, size.weeksOfLessons());
        this.schoolDays = calendar.schoolDays().toList();
        this.slots = Curriculum.classSlots(size.classesPerSchool());
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
        return YearPlan.standard(calendar.firstDay().getYear());
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
            Curriculum.SUBJECTS.forEach(
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
                    guardians);
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
                for (SubjectPlan plan : Curriculum.SUBJECTS) {
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
     * One class's lessons: a fixed weekly timetable (each subject's lessons spread over the week,
     * numbered 1..n within the day) repeated on every school day, with marks on past lessons.
     */
    List<DemoLesson> lessonsOf(DemoSchool school, DemoClass schoolClass) {
        Random random = random(school.number(), 1_000L + schoolClass.index());
        List<List<DemoAssignment>> week = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            week.add(new ArrayList<>());
        }
        int day = 0;
        for (DemoAssignment a : school.assignmentsOf(schoolClass)) {
            for (int h = 0; h < a.hoursPerWeek(); h++) {
                week.get(day).add(a);
                day = (day + 1) % 5;
            }
        }
        for (List<DemoAssignment> lessonsOfDay : week) {
            if (lessonsOfDay.size() > Curriculum.MAX_LESSONS_PER_DAY) {
                throw new IllegalStateException("too many lessons a day in " + schoolClass);
            }
            Collections.shuffle(lessonsOfDay, random);
        }
        List<DemoPupil> pupils = school.pupilsOf(schoolClass);
        int[] counters = new int[school.assignments().size()];
        List<DemoLesson> lessons = new ArrayList<>();
        for (LocalDate date : schoolDays) {
            List<DemoAssignment> lessonsOfDay = week.get(date.getDayOfWeek().getValue() - 1);
            for (int i = 0; i < lessonsOfDay.size(); i++) {
                DemoAssignment a = lessonsOfDay.get(i);
                int k = ++counters[a.index()];
                lessons.add(lesson(random, a, date, i + 1, k, pupils));
            }
        }
        return lessons;
    }

    private DemoLesson lesson(
            Random random,
            DemoAssignment assignment,
            LocalDate date,
            int number,
            int k,
            List<DemoPupil> pupils) {
        SubjectPlan plan = Curriculum.plan(assignment.subject().name());
        boolean examined = plan.homework() != Curriculum.Homework.NONE;
        int roll = random.nextInt(100);
        WorkType workType =
                !examined || roll >= 15
                        ? WorkType.ANSWER
                        : roll < 5
                                ? (plan.name().equals("Русский язык")
                                        ? WorkType.DICTATION
                                        : WorkType.CONTROL_WORK)
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

        List<DemoMark> marks = List.of();
        if (date.isBefore(today)) {
            marks = new ArrayList<>();
            String teacher = assignment.teacher().account().login();
            for (DemoPupil pupil : pupils) {
                if (random.nextInt(100) < MARK_PERCENT) {
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
        }
        return new DemoLesson(assignment, date, number, topic, homework, marks);
    }

    /** 5: 30 %, 4: 40 %, 3: 25 %, 2: 5 %. */
    private static String markValue(Random random) {
        int roll = random.nextInt(100);
        return roll < 30 ? "5" : roll < 70 ? "4" : roll < 95 ? "3" : "2";
    }
}
