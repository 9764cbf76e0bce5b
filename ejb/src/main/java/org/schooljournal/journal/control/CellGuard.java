package org.schooljournal.journal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.Map;
import org.schooljournal.journal.entity.Attendance;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.journal.entity.Mark;
import org.schooljournal.journal.entity.WorkType;
import org.schooljournal.platform.entity.JournalException;

/**
 * No lost update in a grid cell (issue 4, item 11): a save names the cell's text the teacher saw;
 * when someone else changed the cell meanwhile, the save is refused with what the cell holds now.
 * The lesson's row is locked first, so two saves of one lesson's cells take turns between the check
 * and the write.
 */
@Dependent
public class CellGuard {
    @Inject EntityManager em;

    /**
     * A cell's entries as this transaction holds them (managed entities): its marks by work type
     * and its attendance. Read once under the lesson's lock, so a save finds the entry it changes
     * and answers the cell's text after it without reading the cell again (issue 11 item 3): every
     * other writer of the cell waits for the same lock.
     */
    public static final class Cell {
        private final Map<WorkType, Mark> marks;
        private Attendance attendance;

        Cell(Map<WorkType, Mark> marks, Attendance attendance) {
            this.marks = marks;
            this.attendance = attendance;
        }

        public Mark mark(WorkType type) {
            return marks.get(type);
        }

        public Attendance attendance() {
            return attendance;
        }

        /** The mark was stored in this cell (a new one, or the one it holds). */
        public void put(Mark mark) {
            marks.put(mark.getWorkType(), mark);
        }

        /** The attendance was stored in this cell. */
        public void put(Attendance recorded) {
            this.attendance = recorded;
        }

        /** The cell's text as the grid shows it, from the entries' values now. */
        public String text() {
            Map<WorkType, String> values = new EnumMap<>(WorkType.class);
            marks.forEach((type, mark) -> values.put(type, mark.getValue()));
            return CellText.of(
                    attendance == null || attendance.getKind() == null
                            ? ""
                            : attendance.getKind().code(),
                    values);
        }
    }

    /**
     * Locks the lesson and checks the cell still reads {@code expected}; null: the caller did not
     * say what it saw (API clients that do not care), nothing is checked.
     */
    public void expect(Lesson lesson, long pupilId, String expected) {
        lock(lesson);
        if (expected != null) {
            check(read(lesson.getId(), pupilId), expected);
        }
    }

    /**
     * As {@link #expect}, and answers the cell as read under the lock, for the save to change and
     * tell.
     */
    public Cell expectCell(Lesson lesson, long pupilId, String expected) {
        lock(lesson);
        Cell cell = read(lesson.getId(), pupilId);
        if (expected != null) {
            check(cell, expected);
        }
        return cell;
    }

    private static void check(Cell cell, String expected) {
        String now = cell.text();
        if (!now.equals(expected.strip())) {
            throw new JournalException(
                            JournalException.Kind.CONFLICT,
                            "cell.changedMeanwhile",
                            now.isEmpty() ? "—" : now)
                    .withCurrent(now);
        }
    }

    /**
     * Locks the lesson's row: saves of its cells take turns until this transaction ends. A lesson
     * changed since it was read (moved to another date meanwhile) is read again, as {@code
     * EntityManager.lock} would, so what the save stores follows the lesson as it is now.
     */
    public void lock(Lesson lesson) {
        long version =
                em.createNamedQuery("Lesson.lockVersion", Long.class)
                        .setParameter("id", lesson.getId())
                        .getSingleResult();
        if (version != lesson.getVersion()) {
            em.refresh(lesson);
        }
    }

    /** The cell's text as the grid shows it, after this transaction's changes. */
    public String text(long lessonId, long pupilId) {
        return read(lessonId, pupilId).text();
    }

    /** The cell's entries, after this transaction's changes. */
    private Cell read(long lessonId, long pupilId) {
        em.flush();
        Map<WorkType, Mark> marks = new EnumMap<>(WorkType.class);
        em.createQuery(
                        "select m from Mark m where m.lesson.id = :lessonId and m.pupil.id = :pupilId",
                        Mark.class)
                .setParameter("lessonId", lessonId)
                .setParameter("pupilId", pupilId)
                .getResultList()
                .forEach(m -> marks.put(m.getWorkType(), m));
        Attendance attendance =
                em.createNamedQuery("Attendance.inCell", Attendance.class)
                        .setParameter("lessonId", lessonId)
                        .setParameter("pupilId", pupilId)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        return new Cell(marks, attendance);
    }
}
