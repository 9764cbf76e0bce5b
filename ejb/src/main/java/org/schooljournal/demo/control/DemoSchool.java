package org.schooljournal.demo.control;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One school of a {@link DemoMunicipality}: its people, classes and subjects are held in memory (a
 * few hundred objects); its lessons and marks are generated class by class on demand.
 */
public final class DemoSchool {
    private final DemoMunicipality municipality;
    private final int number;
    private final String name;
    private final String shortName;
    private final List<DemoStaff> staff;
    private final List<DemoClass> classes;
    private final List<DemoSubject> subjects;
    private final List<DemoAssignment> assignments;
    private final List<DemoPupil> pupils;
    private final List<DemoGuardian> guardians;
    private final List<List<DemoAssignment>> assignmentsByClass;
    private final List<List<DemoPupil>> pupilsByClass;
    private final List<DemoRoom> rooms;
    private final List<DemoTimetableEntry> timetable;
    private final List<DemoCurriculumLine> curriculum;
    private final List<List<DemoTimetableEntry>> timetableByClass;
    private final Set<String> busy = new HashSet<>();
    private DemoPreviousYear previousYear;

    DemoSchool(
            DemoMunicipality municipality,
            int number,
            String name,
            String shortName,
            List<DemoStaff> staff,
            List<DemoClass> classes,
            List<DemoSubject> subjects,
            List<DemoAssignment> assignments,
            List<DemoPupil> pupils,
            List<DemoGuardian> guardians,
            List<DemoRoom> rooms,
            List<DemoTimetableEntry> timetable,
            List<DemoCurriculumLine> curriculum) {
        this.municipality = municipality;
        this.number = number;
        this.name = name;
        this.shortName = shortName;
        this.staff = List.copyOf(staff);
        this.classes = List.copyOf(classes);
        this.subjects = List.copyOf(subjects);
        this.assignments = List.copyOf(assignments);
        this.pupils = List.copyOf(pupils);
        this.guardians = List.copyOf(guardians);
        this.rooms = List.copyOf(rooms);
        this.timetable = List.copyOf(timetable);
        this.curriculum = List.copyOf(curriculum);
        this.timetableByClass = new ArrayList<>();
        this.assignmentsByClass = new ArrayList<>();
        this.pupilsByClass = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            assignmentsByClass.add(new ArrayList<>());
            pupilsByClass.add(new ArrayList<>());
            timetableByClass.add(new ArrayList<>());
        }
        timetable.forEach(
                e -> {
                    timetableByClass.get(e.assignment().schoolClass().index()).add(e);
                    busy.add(
                            e.assignment().teacher().index()
                                    + " "
                                    + e.weekday()
                                    + " "
                                    + e.number());
                });
        assignments.forEach(a -> assignmentsByClass.get(a.schoolClass().index()).add(a));
        pupils.forEach(p -> pupilsByClass.get(p.schoolClass().index()).add(p));
    }

    /** 1-based; the logins of the school start with {@code s{number}.}. */
    public int number() {
        return number;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    /** The school admin, the head, the deputy head, then the teachers in login order. */
    public List<DemoStaff> staff() {
        return staff;
    }

    public List<DemoClass> classes() {
        return classes;
    }

    public List<DemoSubject> subjects() {
        return subjects;
    }

    public List<DemoAssignment> assignments() {
        return assignments;
    }

    public List<DemoPupil> pupils() {
        return pupils;
    }

    /** One parent per pupil, in the pupils' order. */
    public List<DemoGuardian> guardians() {
        return guardians;
    }

    public List<DemoAssignment> assignmentsOf(DemoClass schoolClass) {
        return List.copyOf(assignmentsByClass.get(schoolClass.index()));
    }

    public List<DemoPupil> pupilsOf(DemoClass schoolClass) {
        return List.copyOf(pupilsByClass.get(schoolClass.index()));
    }

    /** Every account of the school: staff, then pupils, then parents. */
    public List<DemoAccount> accounts() {
        List<DemoAccount> accounts = new ArrayList<>();
        staff.forEach(s -> accounts.add(s.account()));
        pupils.forEach(p -> accounts.add(p.account()));
        guardians.forEach(g -> accounts.add(g.account()));
        return accounts;
    }

    /** One room per teacher, in the teachers' order. */
    public List<DemoRoom> rooms() {
        return rooms;
    }

    /** The weekly timetable of every class (R-S11), class by class, then by day and number. */
    public List<DemoTimetableEntry> timetable() {
        return timetable;
    }

    public List<DemoTimetableEntry> timetableOf(DemoClass schoolClass) {
        return List.copyOf(timetableByClass.get(schoolClass.index()));
    }

    /** The curriculum (R-S08): each grade of the school with its subjects' weekly hours. */
    public List<DemoCurriculumLine> curriculum() {
        return curriculum;
    }

    /** Whether the teacher has a lesson in the weekly timetable at that day and number. */
    public boolean isBusy(DemoStaff teacher, DayOfWeek weekday, int number) {
        return busy.contains(teacher.index() + " " + weekday + " " + number);
    }

    /** The lessons (with their marks) of one class, generated anew on every call. */
    public List<DemoLesson> lessonsOf(DemoClass schoolClass) {
        return yearOf(schoolClass).lessons();
    }

    /**
     * A class's year: lessons, the period marks and locks of the periods that have ended, the
     * control works and messages to parents; generated anew on every call.
     */
    public DemoClassYear yearOf(DemoClass schoolClass) {
        return municipality.yearOf(this, schoolClass);
    }

    /** The school's previous school year (built once, on first use). */
    public DemoPreviousYear previousYear() {
        if (previousYear == null) {
            previousYear = municipality.previousYearOf(this);
        }
        return previousYear;
    }

    /**
     * A class's previous year, finished and closed; generated anew on every call.
     *
     * @param lastYearClass one of {@link DemoPreviousYear#classes()}
     */
    public DemoPastClassYear pastYearOf(DemoClass lastYearClass) {
        return municipality.pastYearOf(this, previousYear(), lastYearClass);
    }

    /**
     * All lessons of the school, class by class; only one class's lessons are held in memory at a
     * time.
     */
    public Stream<DemoLesson> lessons() {
        return classes.stream().flatMap(c -> lessonsOf(c).stream());
    }

    @Override
    public String toString() {
        return shortName;
    }
}
