package org.schooljournal.school.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.Room;

/**
 * The rooms of the caller's school (R-S04). The timetable names a lesson's room by its name, so a
 * name is unique in the school, a rename carries over to the timetable, and a room the timetable
 * uses is never removed.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.SCHOOL_ADMIN, Role.HEAD, Role.DEPUTY_HEAD})
public class Rooms {
    @PersistenceContext EntityManager em;

    /** The school's rooms by name, each with the number of timetable slots held in it. */
    @RolesAllowed(Role.STAFF)
    public List<RoomData> all() {
        Map<String, Long> uses = new HashMap<>();
        em.createNamedQuery("TimetableEntry.countByRoom", Object[].class)
                .getResultList()
                .forEach(r -> uses.merge(Room.key((String) r[0]), (Long) r[1], Long::sum));
        return rooms().stream()
                .map(r -> view(r, uses.getOrDefault(Room.key(r.getName()), 0L)))
                .toList();
    }

    /** Adds a room; a name the school already has (ignoring case) is refused, naming it. */
    public RoomData add(
            @NotBlank @Size(max = Room.NAME_LENGTH) String name,
            @Min(-5) @Max(100) Integer floor,
            @Size(max = 200) String description,
            @Min(1) @Max(10000) Integer capacity) {
        String stripped = name.strip();
        requireNewName(stripped, null);
        String text = description == null || description.isBlank() ? null : description.strip();
        Room room = new Room(stripped, floor, text, capacity);
        em.persist(room);
        em.flush();
        return view(room, uses(stripped));
    }

    /**
     * Renames a room; a name another room of the school has is refused. The timetable's slots in
     * the room follow it to the new name.
     */
    public RoomData rename(long roomId, @NotBlank @Size(max = Room.NAME_LENGTH) String name) {
        Room room = find(roomId);
        String stripped = name.strip();
        requireNewName(stripped, room.getId());
        String old = room.getName();
        if (!old.equals(stripped)) {
            room.rename(stripped);
            em.flush();
            em.createNamedQuery("TimetableEntry.renameRoom")
                    .setParameter("name", stripped)
                    .setParameter("old", old)
                    .executeUpdate();
            em.clear();
        }
        return view(find(roomId), uses(stripped));
    }

    /**
     * Removes a room. Refused ({@link JournalException.Kind#CONFLICT}, naming the room and the
     * number of slots) while the timetable holds lessons in it.
     */
    public void remove(long roomId) {
        Room room = find(roomId);
        long uses = uses(room.getName());
        if (uses > 0) {
            throw new JournalException(
                    JournalException.Kind.CONFLICT, "rooms.inUse", room.getName(), uses);
        }
        em.remove(room);
        em.flush();
    }

    private long uses(String name) {
        return em.createNamedQuery("TimetableEntry.countOfRoom", Long.class)
                .setParameter("name", name.strip())
                .getSingleResult();
    }

    private void requireNewName(String name, Long except) {
        for (Room r : rooms()) {
            if (r.isNamed(name) && !r.getId().equals(except)) {
                throw new JournalException(
                        JournalException.Kind.CONFLICT, "rooms.exists", r.getName());
            }
        }
    }

    private List<Room> rooms() {
        return em.createNamedQuery("Room.all", Room.class).getResultList();
    }

    private Room find(long roomId) {
        Room room = em.find(Room.class, roomId);
        if (room == null) {
            throw JournalException.notFound("room " + roomId);
        }
        return room;
    }

    private static RoomData view(Room r, long uses) {
        return new RoomData(
                r.getId(), r.getName(), r.getFloor(), r.getDescription(), r.getCapacity(), uses);
    }
}
