package org.schooljournal.demo.control;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds a school's weekly timetable (R-S11) from its teaching load: every assignment gets exactly
 * its weekly hours, spread over the five days, a class's lessons of a day follow each other without
 * a gap (from the 1st lesson, or a later one when nothing else fits), and no teacher — hence no
 * room, each teacher having its own — is in two places at once.
 *
 * <p>Days first: each hour goes to the day with room in the class's day that has the fewest lessons
 * of the subject, then of the teacher. Then day by day each class's lessons are ordered by a small
 * search over the lesson numbers; if a day cannot be placed, it is tried again in another order,
 * and the whole week anew with other draws.
 */
final class DemoTimetable {
    static final int DAYS = 5;

    /** The highest lesson number of the standard bells. */
    static final int LAST_NUMBER = 8;

    private static final int ATTEMPTS = 40;
    private static final int SEARCH_STEPS = 20_000;

    private DemoTimetable() {}

    /** One lesson a week of an assignment: its day (0..4) and number, once placed. */
    private static final class Unit {
        final DemoAssignment assignment;
        final int teacher;
        int day;
        int number;

        Unit(DemoAssignment assignment) {
            this.assignment = assignment;
            this.teacher = assignment.teacher().index();
        }
    }

    /**
     * The entries of every class, in class order, then day and number.
     *
     * @param roomOf the room of each teacher, by staff index
     *     <p>Should every attempt fail (a school far larger than real ones: the demo's sizes never
     *     do), the last one lets teachers clash rather than leave the school without a timetable.
     */
    static List<DemoTimetableEntry> build(
            List<DemoClass> classes,
            List<DemoAssignment> assignments,
            Map<Integer, DemoRoom> roomOf,
            Random random) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<List<Unit>> byClass = new ArrayList<>();
            for (int i = 0; i < classes.size(); i++) {
                byClass.add(new ArrayList<>());
            }
            for (DemoAssignment a : assignments) {
                for (int h = 0; h < a.hoursPerWeek(); h++) {
                    byClass.get(a.schoolClass().index()).add(new Unit(a));
                }
            }
            Map<Integer, int[]> teacherDays = new HashMap<>();
            for (List<Unit> units : byClass) {
                spreadOverDays(units, teacherDays, random);
            }
            boolean strict = attempt < ATTEMPTS - 1;
            if (placeAllDays(byClass, random, strict)) {
                List<DemoTimetableEntry> entries = new ArrayList<>();
                for (List<Unit> units : byClass) {
                    units.stream()
                            .sorted(
                                    Comparator.<Unit>comparingInt(u -> u.day)
                                            .thenComparingInt(u -> u.number))
                            .forEach(
                                    u ->
                                            entries.add(
                                                    new DemoTimetableEntry(
                                                            u.assignment,
                                                            DayOfWeek.of(u.day + 1),
                                                            u.number,
                                                            roomOf.get(u.teacher))));
                }
                return entries;
            }
        }
        throw new IllegalStateException("no timetable found");
    }

    private static void spreadOverDays(
            List<Unit> units, Map<Integer, int[]> teacherDays, Random random) {
        int total = units.size();
        int[] capacity = new int[DAYS];
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4));
        Collections.shuffle(order, random);
        for (int d = 0; d < DAYS; d++) {
            capacity[d] = total / DAYS;
        }
        for (int r = 0; r < total % DAYS; r++) {
            capacity[order.get(r)]++;
        }
        Collections.shuffle(units, random);
        units.sort(Comparator.comparingInt((Unit u) -> -u.assignment.hoursPerWeek()));
        Map<Integer, int[]> subjectDays = new HashMap<>();
        for (Unit u : units) {
            int[] sameSubject =
                    subjectDays.computeIfAbsent(u.assignment.index(), k -> new int[DAYS]);
            int[] teacher = teacherDays.computeIfAbsent(u.teacher, k -> new int[DAYS]);
            int best = -1;
            long bestScore = Long.MAX_VALUE;
            for (int d = 0; d < DAYS; d++) {
                if (capacity[d] == 0) {
                    continue;
                }
                long score =
                        sameSubject[d] * 1_000_000L + teacher[d] * 1_000L + random.nextInt(1000);
                if (score < bestScore) {
                    bestScore = score;
                    best = d;
                }
            }
            u.day = best;
            capacity[best]--;
            sameSubject[best]++;
            teacher[best]++;
        }
    }

    private static boolean placeAllDays(List<List<Unit>> byClass, Random random, boolean strict) {
        for (int day = 0; day < DAYS; day++) {
            boolean placed = false;
            for (int attempt = 0; attempt < ATTEMPTS && !placed; attempt++) {
                placed = placeDay(byClass, day, random, strict);
            }
            if (!placed) {
                return false;
            }
        }
        return true;
    }

    private static boolean placeDay(
            List<List<Unit>> byClass, int day, Random random, boolean strict) {
        Set<Long> busy = strict ? new HashSet<>() : new NeverBusy();
        List<List<Unit>> days = new ArrayList<>();
        for (List<Unit> units : byClass) {
            List<Unit> ofDay = new ArrayList<>(units.stream().filter(u -> u.day == day).toList());
            Collections.shuffle(ofDay, random);
            days.add(ofDay);
        }
        // the classes whose teachers are busiest go first
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < days.size(); c++) {
            order.add(c);
        }
        Collections.shuffle(order, random);
        for (int c : order) {
            List<Unit> lessons = days.get(c);
            if (lessons.isEmpty()) {
                continue;
            }
            boolean done = false;
            for (int first = 1; first + lessons.size() - 1 <= LAST_NUMBER && !done; first++) {
                if (first + lessons.size() - 1 > LAST_NUMBER) {
                    break;
                }
                int[] steps = {SEARCH_STEPS};
                done = search(lessons, new boolean[lessons.size()], 0, first, busy, steps);
            }
            if (!done) {
                return false;
            }
        }
        return true;
    }

    /** The last resort for a school too big to plan: teachers may be in two classes at once. */
    private static final class NeverBusy extends HashSet<Long> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean contains(Object o) {
            return false;
        }
    }

    /** Gives the lessons the numbers first, first+1, … so that no teacher is busy twice. */
    private static boolean search(
            List<Unit> lessons,
            boolean[] used,
            int placed,
            int first,
            Set<Long> busy,
            int[] steps) {
        if (placed == lessons.size()) {
            return true;
        }
        if (--steps[0] < 0) {
            return false;
        }
        int number = first + placed;
        Set<String> tried = new HashSet<>();
        for (int i = 0; i < lessons.size(); i++) {
            Unit u = lessons.get(i);
            if (used[i] || !tried.add(u.assignment.index() + "")) {
                continue;
            }
            long key = (long) u.teacher * 100 + number;
            if (busy.contains(key)) {
                continue;
            }
            used[i] = true;
            busy.add(key);
            u.number = number;
            if (search(lessons, used, placed + 1, first, busy, steps)) {
                return true;
            }
            used[i] = false;
            busy.remove(key);
        }
        return false;
    }
}
