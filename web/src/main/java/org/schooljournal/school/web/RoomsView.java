package org.schooljournal.school.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.platform.web.EditedValue;
import org.schooljournal.platform.web.SetupTable;
import org.schooljournal.school.boundary.RoomData;
import org.schooljournal.school.boundary.Rooms;

/**
 * The rooms screen (R-S04): the school's rooms with the timetable's use of each, a new room, a
 * rename (the timetable follows it) and the removal of a room the timetable does not use.
 */
@Named("rooms")
@ViewScoped
public class RoomsView extends SetupTable<RoomsView.Row> {
    private static final long serialVersionUID = 1L;

    @Inject Rooms rooms;

    @Inject SessionView session;

    private Integer floor;
    private String description;
    private Integer capacity;

    @Override
    protected List<Row> fetch() {
        return rooms.all().stream().map(Row::new).toList();
    }

    public void add() {
        String name = newName("rooms.nameRequired");
        if (name == null) {
            return;
        }
        RoomData added = rooms.add(name, floor, description, capacity);
        added();
        floor = null;
        description = null;
        capacity = null;
        said("rooms.added", added.name());
    }

    /** Saves the name typed in the row; on a refusal the row shows the saved name again. */
    public void rename(Row row) {
        if (row.name.save(name -> rooms.rename(row.id, name).name(), session.getLocale())) {
            said("rooms.renamed", row.name.saved());
        }
    }

    public void remove(Row row) {
        rooms.remove(row.id);
        load();
        said("rooms.removed", row.name.saved());
    }

    public Integer getFloor() {
        return floor;
    }

    public void setFloor(Integer floor) {
        this.floor = floor;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    /** A room in the table, with its name as typed and as saved. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        private final long id;
        private final Integer floor;
        private final String description;
        private final Integer capacity;
        private final long timetableEntries;
        private final EditedValue<String> name;

        Row(RoomData view) {
            this.id = view.id();
            this.floor = view.floor();
            this.description = view.description();
            this.capacity = view.capacity();
            this.timetableEntries = view.timetableEntries();
            this.name = EditedValue.of(view.name());
        }

        public long getId() {
            return id;
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

        public long getTimetableEntries() {
            return timetableEntries;
        }

        /* typed for the page: EL sees the generic value as a plain Object */
        public String getName() {
            return name.getValue();
        }

        public void setName(String typed) {
            name.setValue(typed);
        }
    }
}
