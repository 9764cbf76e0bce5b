package org.schooljournal.oversight.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.people.control.ClassRoster;

/**
 * Who was in which class on a day (R-S13), for the whole school in two queries (its pupils and its
 * movements), so that a report over many classes reads no roster per class or per pupil.
 */
@Dependent
public class SchoolRosters {
    @Inject EntityManager em;

    /** A pupil's name as the reports show it, «Иванова Мария». */
    public record Named(long pupilId, String name) {}

    /** Per class id: the pupils in it on {@code day}, by name. */
    public Map<Long, List<Named>> on(LocalDate day) {
        return on(List.of(day)).get(day);
    }

    /**
     * Per day, per class id: the pupils in it on that day, from the same two queries whatever the
     * number of days (the control works of a period fall on many days).
     */
    public Map<LocalDate, Map<Long, List<Named>>> on(java.util.Collection<LocalDate> days) {
        Map<Long, List<ClassRoster.Member>> members = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Object[] r :
                em.createQuery(
                                "select p.id, p.lastName, p.firstName, p.schoolClass.id,"
                                        + " p.withdrawnOn from Pupil p",
                                Object[].class)
                        .getResultList()) {
            String name = r[1] + " " + r[2];
            names.put((Long) r[0], name);
            members.computeIfAbsent((Long) r[3], k -> new ArrayList<>())
                    .add(new ClassRoster.Member((Long) r[0], name, (LocalDate) r[4]));
        }
        Map<Long, List<ClassRoster.Move>> moves = new HashMap<>();
        for (Object[] r :
                em.createQuery(
                                "select m.pupil.id, m.onDate, f.id, t.id from PupilMovement m"
                                        + " left join m.fromClass f left join m.toClass t",
                                Object[].class)
                        .getResultList()) {
            long pupil = (Long) r[0];
            Long from = (Long) r[2];
            Long to = (Long) r[3];
            var move =
                    new ClassRoster.Move(
                            pupil, names.getOrDefault(pupil, ""), (LocalDate) r[1], from, to);
            if (from != null) {
                moves.computeIfAbsent(from, k -> new ArrayList<>()).add(move);
            }
            if (to != null) {
                moves.computeIfAbsent(to, k -> new ArrayList<>()).add(move);
            }
        }
        var classes = new java.util.HashSet<Long>(members.keySet());
        classes.addAll(moves.keySet());
        Map<LocalDate, Map<Long, List<Named>>> byDay = new HashMap<>();
        for (LocalDate day : days) {
            byDay.put(day, roster(classes, members, moves, day));
        }
        return byDay;
    }

    private static Map<Long, List<Named>> roster(
            java.util.Set<Long> classes,
            Map<Long, List<ClassRoster.Member>> members,
            Map<Long, List<ClassRoster.Move>> moves,
            LocalDate day) {
        Map<Long, List<Named>> roster = new LinkedHashMap<>();
        for (Long classId : classes) {
            roster.put(
                    classId,
                    ClassRoster.stints(
                                    classId,
                                    members.getOrDefault(classId, List.of()),
                                    moves.getOrDefault(classId, List.of()),
                                    day,
                                    day)
                            .stream()
                            .map(s -> new Named(s.pupilId(), s.name()))
                            .toList());
        }
        return roster;
    }
}
