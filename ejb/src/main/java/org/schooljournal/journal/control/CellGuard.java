package org.schooljournal.journal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
     * Locks the lesson and checks the cell still reads {@code expected}; null: the caller did not
     * say what it saw (API clients that do not care), nothing is checked.
     */
    public void expect(Lesson lesson, long pupilId, String expected) {
        lock(lesson);
        if (expected == null) {
            return;
        }
        String now = text(lesson.getId(), pupilId);
        if (!now.equals(expected.strip())) {
            throw new JournalException(
                            JournalException.Kind.CONFLICT,
                            "cell.changedMeanwhile",
                            now.isEmpty() ? "—" : now)
                    .withCurrent(now);
        }
    }

    /** Locks the lesson's row: saves of its cells take turns until this transaction ends. */
    public void lock(Lesson lesson) {
        em.lock(lesson, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The cell's text as the grid shows it, after this transaction's changes. */
    public String text(long lessonId, long pupilId) {
        em.flush();
        Map<WorkType, String> marks = new EnumMap<>(WorkType.class);
        em.createQuery(
                        "select m from Mark m where m.lesson.id = :lessonId and m.pupil.id = :pupilId",
                        Mark.class)
                .setParameter("lessonId", lessonId)
                .setParameter("pupilId", pupilId)
                .getResultList()
                .forEach(m -> marks.put(m.getWorkType(), m.getValue()));
        String attendance =
                em.createNamedQuery("Attendance.inCell", Attendance.class)
                        .setParameter("lessonId", lessonId)
                        .setParameter("pupilId", pupilId)
                        .getResultStream()
                        .findFirst()
                        .map(a -> a.getKind().code())
                        .orElse("");
        return CellText.of(attendance, marks);
    }
}
