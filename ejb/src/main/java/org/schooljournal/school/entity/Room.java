package org.schooljournal.school.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * A room of a school (R-S04), such as "214" or "Спортзал". The timetable names a lesson's room by
 * this name, so it is unique within the school, ignoring case.
 */
@Entity
@Table(name = "room")
@NamedQuery(name = "Room.all", query = "select r from Room r order by r.name")
@NamedQuery(name = "Room.count", query = "select count(r) from Room r")
public class Room extends SchoolOwned {
    public static final int NAME_LENGTH = 20;

    private String name;

    private Integer floor;

    private String description;

    private Integer capacity;

    protected Room() {}

    public Room(String name, Integer floor, String description, Integer capacity) {
        this.name = name;
        this.floor = floor;
        this.description = description;
        this.capacity = capacity;
    }

    /** Whether the room goes by this name, ignoring case and surrounding blanks. */
    public boolean isNamed(String other) {
        return other != null && key(name).equals(key(other));
    }

    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public void rename(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public Integer getFloor() {
        return floor;
    }

    public String getDescription() {
        return description;
    }

    public Integer getCapacity() {
        return capacity;
    }
}
