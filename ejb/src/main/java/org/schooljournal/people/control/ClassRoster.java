package org.schooljournal.people.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who was in a class when (R-S13), from the pupils now in it and the movements into and out of it.
 * A pupil who arrived or left mid-period appears in the journal only for its dates; a pupil with no
 * movement has been in its class all along.
 */
public final class ClassRoster {
    /** A pupil now in the class (its current class), with the day it left the school, if any. */
    public record Member(long pupilId, String name, LocalDate withdrawnOn) {}

    /** A movement of a pupil: the first day in {@code toClassId} (null: away from the school). */
    public record Move(
            long pupilId, String name, LocalDate onDate, Long fromClassId, Long toClassId) {}

    /**
     * A pupil's time in the class: from (null: from the start) until (null: still there),
     * inclusive.
     */
    public record Stint(long pupilId, String name, LocalDate from, LocalDate until) {
        public boolean covers(LocalDate date) {
            return (from == null || !date.isBefore(from))
                    && (until == null || !date.isAfter(until));
        }

        public boolean overlaps(LocalDate first, LocalDate last) {
            return (from == null || !from.isAfter(last))
                    && (until == null || !until.isBefore(first));
        }
    }

    private ClassRoster() {}

    /** The stints in class {@code classId} overlapping [first, last], ordered by name. */
    public static List<Stint> stints(
            long classId, List<Member> members, List<Move> moves, LocalDate first, LocalDate last) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, LocalDate> withdrawn = new LinkedHashMap<>();
        for (Member m : members) {
            names.put(m.pupilId(), m.name());
            withdrawn.put(m.pupilId(), m.withdrawnOn());
        }
        for (Move m : moves) {
            names.putIfAbsent(m.pupilId(), m.name());
        }
        List<Stint> stints = new ArrayList<>();
        for (var pupil : names.entrySet()) {
            Stint stint =
                    stintOf(
                            classId,
                            pupil.getKey(),
                            pupil.getValue(),
                            withdrawn.containsKey(pupil.getKey()),
                            withdrawn.get(pupil.getKey()),
                            moves);
            if (stint != null && stint.overlaps(first, last)) {
                stints.add(stint);
            }
        }
        stints.sort(Comparator.comparing(Stint::name));
        return stints;
    }

    /**
     * A pupil's latest stint in a class, or null if it never was there. {@code current} says
     * whether the class is the pupil's current class.
     */
    public static Stint stintOf(
            long classId,
            long pupilId,
            String name,
            boolean current,
            LocalDate withdrawnOn,
            List<Move> moves) {
        List<Move> own =
                moves.stream()
                        .filter(m -> m.pupilId() == pupilId)
                        .sorted(Comparator.comparing(Move::onDate))
                        .toList();
        LocalDate from = null;
        boolean entered = current;
        for (Move m : own) {
            if (Objects.equals(m.toClassId(), classId)) {
                from = m.onDate();
                entered = true;
            }
        }
        if (!entered && own.stream().noneMatch(m -> Objects.equals(m.fromClassId(), classId))) {
            return null;
        }
        LocalDate until = null;
        for (Move m : own) {
            if (Objects.equals(m.fromClassId(), classId)
                    && (from == null || !m.onDate().isBefore(from))) {
                until = m.onDate().minusDays(1);
                break;
            }
        }
        if (until == null && current && withdrawnOn != null) {
            until = withdrawnOn.minusDays(1);
        }
        return new Stint(pupilId, name, from, until);
    }
}
