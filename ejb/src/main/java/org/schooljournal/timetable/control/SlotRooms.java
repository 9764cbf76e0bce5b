package org.schooljournal.timetable.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.timetable.entity.TimetableEntry;

/**
 * The rooms of journals' timetable slots: where a lesson of a journal on a date at a lesson number
 * happens (R-S11; the diary's week and the iCalendar files). One statement for all the journals.
 */
public final class SlotRooms {
    private record Key(long assignmentId, int weekday, int number) {}

    private final Map<Key, String> rooms = new HashMap<>();

    private SlotRooms() {}

    /** The rooms of the slots of {@code assignmentIds}; slots without a room are left out. */
    public static SlotRooms of(EntityManager em, Collection<Long> assignmentIds) {
        SlotRooms slots = new SlotRooms();
        if (assignmentIds.isEmpty()) {
            return slots;
        }
        List<TimetableEntry> entries =
                em.createNamedQuery("TimetableEntry.roomedOf", TimetableEntry.class)
                        .setParameter("ids", assignmentIds)
                        .getResultList();
        for (TimetableEntry e : entries) {
            slots.rooms.put(
                    new Key(
                            e.getAssignment().getId(),
                            e.getWeekday().getValue(),
                            e.getLessonNumber()),
                    e.getRoom());
        }
        return slots;
    }

    /**
     * The room of the journal's slot on {@code date}'s weekday at lesson {@code number}, or null.
     */
    public String room(long assignmentId, LocalDate date, int number) {
        return rooms.get(new Key(assignmentId, date.getDayOfWeek().getValue(), number));
    }
}
