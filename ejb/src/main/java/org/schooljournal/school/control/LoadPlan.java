package org.schooljournal.school.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schooljournal.platform.entity.JournalException;

/**
 * The teaching load against the curriculum (R-S08): given the curriculum lines of each grade, the
 * school's classes and its teaching assignments with their weekly hours, the total of each teacher,
 * the planned, assigned and unassigned hours of each class and subject, and the violations: more
 * hours assigned than the curriculum has for a class and subject, or a subject assigned to a class
 * whose grade's curriculum does not contain it. A grade without any curriculum line is not checked
 * (its plan has not been entered yet). Assignments without hours count as zero. Pure: no
 * persistence.
 */
public final class LoadPlan {
    /** Key of a violation: assigned above the curriculum (class, subject, assigned, planned). */
    public static final String OVER = "load.over";

    /** Key of a violation: a subject outside the curriculum (class, subject, grade). */
    public static final String NOT_IN_PLAN = "load.notInPlan";

    /** A line of the curriculum: a subject of a grade with its weekly hours. */
    public record Line(int grade, long subjectId, String subjectName, BigDecimal hours) {}

    /** A class of the school. */
    public record SchoolClassRef(long classId, String title, int grade) {}

    /**
     * A teaching assignment with its weekly hours (null: not set): of a whole class ({@code
     * subgroupId} null), of a subgroup of the class, or outside any class's plan ({@code classId}
     * null: a stream or an individual plan's group, which count only in the teacher's load).
     */
    public record Assignment(
            long id,
            long teacherId,
            String teacherName,
            Long classId,
            long subjectId,
            String subjectName,
            BigDecimal hours,
            Long subgroupId) {

        public Assignment(
                long id,
                long teacherId,
                String teacherName,
                long classId,
                long subjectId,
                String subjectName,
                BigDecimal hours) {
            this(id, teacherId, teacherName, (Long) classId, subjectId, subjectName, hours, null);
        }

        /** The same assignment with other weekly hours. */
        public Assignment withHours(BigDecimal newHours) {
            return new Assignment(
                    id,
                    teacherId,
                    teacherName,
                    classId,
                    subjectId,
                    subjectName,
                    newHours,
                    subgroupId);
        }
    }

    /** A teacher's load: the sum of the hours set and how many assignments have none yet. */
    public record TeacherLoad(
            long teacherId, String teacherName, BigDecimal hours, int assignments, int unset)
            implements Serializable {}

    /**
     * A class and subject: the curriculum's hours (null when the curriculum lacks the subject), the
     * assigned hours, the unassigned rest (planned minus assigned when positive, else zero),
     * whether more is assigned than planned and whether the subject is outside a grade's
     * curriculum.
     */
    public record ClassSubject(
            long classId,
            String classTitle,
            int grade,
            long subjectId,
            String subjectName,
            BigDecimal planned,
            BigDecimal assigned,
            BigDecimal unassigned,
            boolean over,
            boolean outsidePlan)
            implements Serializable {}

    /** A violation: a message key of the {@code messages} bundle with its arguments. */
    public record Violation(String key, List<Object> args) implements Serializable {}

    private final List<TeacherLoad> teachers;
    private final List<ClassSubject> classSubjects;
    private final List<Violation> violations;

    private LoadPlan(
            List<TeacherLoad> teachers,
            List<ClassSubject> classSubjects,
            List<Violation> violations) {
        this.teachers = List.copyOf(teachers);
        this.classSubjects = List.copyOf(classSubjects);
        this.violations = List.copyOf(violations);
    }

    public static LoadPlan of(
            List<Line> lines, List<SchoolClassRef> classes, List<Assignment> assignments) {
        return new LoadPlan(teachers(assignments), new ArrayList<>(), new ArrayList<>())
                .withClasses(lines, classes, assignments);
    }

    private LoadPlan withClasses(
            List<Line> lines, List<SchoolClassRef> classes, List<Assignment> assignments) {
        Map<Integer, Map<Long, Line>> plan = new HashMap<>();
        for (Line l : lines) {
            plan.computeIfAbsent(l.grade(), g -> new LinkedHashMap<>()).put(l.subjectId(), l);
        }
        Map<Long, List<Assignment>> byClass = new HashMap<>();
        for (Assignment a : assignments) {
            if (a.classId() != null) {
                byClass.computeIfAbsent(a.classId(), c -> new ArrayList<>()).add(a);
            }
        }
        List<ClassSubject> cells = new ArrayList<>();
        List<Violation> found = new ArrayList<>();
        List<SchoolClassRef> sorted = new ArrayList<>(classes);
        sorted.sort(
                Comparator.comparingInt(SchoolClassRef::grade)
                        .thenComparing(SchoolClassRef::title));
        for (SchoolClassRef c : sorted) {
            Map<Long, Line> gradePlan = plan.getOrDefault(c.grade(), Map.of());
            Map<Long, String> subjects = new HashMap<>();
            Map<Long, List<Assignment>> bySubject = new HashMap<>();
            gradePlan.values().forEach(l -> subjects.put(l.subjectId(), l.subjectName()));
            for (Assignment a : byClass.getOrDefault(c.classId(), List.of())) {
                subjects.putIfAbsent(a.subjectId(), a.subjectName());
                bySubject.computeIfAbsent(a.subjectId(), k -> new ArrayList<>()).add(a);
            }
            Map<Long, BigDecimal> assigned = new HashMap<>();
            bySubject.forEach((subjectId, list) -> assigned.put(subjectId, covered(list)));
            List<Long> ids = new ArrayList<>(subjects.keySet());
            ids.sort(Comparator.comparing(subjects::get));
            for (long subjectId : ids) {
                String subject = subjects.get(subjectId);
                Line line = gradePlan.get(subjectId);
                BigDecimal planned = line == null ? null : line.hours();
                BigDecimal given = assigned.getOrDefault(subjectId, BigDecimal.ZERO);
                BigDecimal rest = planned == null ? BigDecimal.ZERO : planned.subtract(given);
                boolean over = planned != null && given.compareTo(planned) > 0;
                boolean outside = planned == null && !gradePlan.isEmpty();
                cells.add(
                        new ClassSubject(
                                c.classId(),
                                c.title(),
                                c.grade(),
                                subjectId,
                                subject,
                                planned,
                                given,
                                rest.signum() > 0 ? rest : BigDecimal.ZERO,
                                over,
                                outside));
                if (over) {
                    found.add(new Violation(OVER, List.of(c.title(), subject, given, planned)));
                }
                if (outside) {
                    found.add(new Violation(NOT_IN_PLAN, List.of(c.title(), subject, c.grade())));
                }
            }
        }
        return new LoadPlan(teachers, cells, found);
    }

    private static List<TeacherLoad> teachers(List<Assignment> assignments) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, BigDecimal> totals = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        Map<Long, Integer> unset = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        for (Assignment a : assignments) {
            seen.add(a.teacherId());
            names.put(a.teacherId(), a.teacherName());
            totals.merge(a.teacherId(), hours(a.hours()), BigDecimal::add);
            counts.merge(a.teacherId(), 1, Integer::sum);
            unset.merge(a.teacherId(), a.hours() == null ? 1 : 0, Integer::sum);
        }
        List<TeacherLoad> loads = new ArrayList<>();
        for (long id : seen) {
            loads.add(
                    new TeacherLoad(
                            id, names.get(id), totals.get(id), counts.get(id), unset.get(id)));
        }
        loads.sort(
                Comparator.comparing(TeacherLoad::teacherName)
                        .thenComparingLong(TeacherLoad::teacherId));
        return loads;
    }

    private static BigDecimal hours(BigDecimal hours) {
        return hours == null ? BigDecimal.ZERO : hours;
    }

    /** Each teacher with an assignment, by name. */
    public List<TeacherLoad> teachers() {
        return teachers;
    }

    /** Each class (by grade and title) and subject (by name), planned or assigned. */
    public List<ClassSubject> classSubjects() {
        return classSubjects;
    }

    /** Over-assignments and subjects outside the curriculum, in the order of the classes. */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * R-S06: the weekly hours of a subject a class's pupils get from its assignments (all of one
     * class and subject): the whole class's hours plus those of its largest subgroup. Two groups of
     * a split class are taught in parallel, so their hours count once for the class, though each
     * counts for its teacher.
     */
    public static BigDecimal covered(List<Assignment> ofClassAndSubject) {
        BigDecimal whole = BigDecimal.ZERO;
        Map<Long, BigDecimal> groups = new HashMap<>();
        for (Assignment a : ofClassAndSubject) {
            if (a.subgroupId() == null) {
                whole = whole.add(hours(a.hours()));
            } else {
                groups.merge(a.subgroupId(), hours(a.hours()), BigDecimal::add);
            }
        }
        return whole.add(
                groups.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO));
    }

    /**
     * R-S08: an assignment is never given more hours than the curriculum has for its class's grade
     * and subject. Refuses ({@link JournalException.Kind#CONFLICT} {@code load.exceeds}, naming the
     * class, the subject, the curriculum's and the requested hours, the grade and what the class's
     * other assignments of the subject already cover) when {@code changed}, with its new hours,
     * would make the class's assignments of the subject ({@link #covered}) exceed the curriculum.
     * Outside any class's plan, or for a subject the curriculum lacks, nothing is refused: the load
     * shows a subject outside the plan as a violation instead.
     *
     * @param all the school's assignments (the changed one among them with its old hours, or not)
     */
    public static void checkHours(
            List<Line> lines,
            SchoolClassRef schoolClass,
            Assignment changed,
            List<Assignment> all) {
        if (changed.hours() == null || changed.classId() == null) {
            return;
        }
        BigDecimal planned = planned(lines, schoolClass.grade(), changed.subjectId());
        if (planned == null) {
            return;
        }
        List<Assignment> same =
                new ArrayList<>(
                        all.stream()
                                .filter(a -> a.id() != changed.id())
                                .filter(a -> changed.classId().equals(a.classId()))
                                .filter(a -> a.subjectId() == changed.subjectId())
                                .toList());
        BigDecimal others = covered(same);
        same.add(changed);
        if (covered(same).compareTo(planned) > 0) {
            throw new JournalException(
                    JournalException.Kind.CONFLICT,
                    "load.exceeds",
                    schoolClass.title(),
                    changed.subjectName(),
                    planned,
                    changed.hours(),
                    schoolClass.grade(),
                    others);
        }
    }

    /** The planned hours of a class's grade and subject, or null when the plan lacks it. */
    public static BigDecimal planned(List<Line> lines, int grade, long subjectId) {
        return lines.stream()
                .filter(l -> l.grade() == grade && l.subjectId() == subjectId)
                .map(Line::hours)
                .findFirst()
                .orElse(null);
    }
}
