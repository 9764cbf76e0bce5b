package org.schooljournal.timetable.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.web.Refusals;
import org.schooljournal.timetable.boundary.HoursCheckData;
import org.schooljournal.timetable.boundary.RoomWeek;
import org.schooljournal.timetable.boundary.StaffWeek;
import org.schooljournal.timetable.boundary.TimetableViews;

/**
 * The deputy head's views of the timetable (R-S11, R-S08): a teacher's week, a room's week and the
 * weekly lessons of each class and subject against the curriculum.
 */
@Named("timetableViews")
@ViewScoped
public class TimetableViewsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject TimetableViews views;

    @Inject SessionView session;

    private List<StaffWeek.Choice> teachers;
    private Long staffId;
    private StaffWeek teacherWeek;
    private String room;
    private RoomWeek roomWeek;
    private HoursCheckData hours;

    @PostConstruct
    void init() {
        teachers = views.teachers();
        if (!teachers.isEmpty()) {
            staffId = teachers.get(0).staffId();
            loadTeacher();
        }
        loadRoom();
        hours = views.hoursCheck();
    }

    public void loadTeacher() {
        try {
            teacherWeek = staffId == null ? null : views.teacherWeek(staffId);
        } catch (EJBException | JournalException e) {
            teacherWeek = null;
            Refusals.show(e, session.getLocale());
        }
    }

    public void loadRoom() {
        try {
            roomWeek = views.roomWeek(room);
        } catch (EJBException | JournalException e) {
            room = null;
            roomWeek = views.roomWeek(null);
            Refusals.show(e, session.getLocale());
        }
    }

    /** The check again, after the timetable or the curriculum changed in another tab. */
    public void refreshHours() {
        hours = views.hoursCheck();
    }

    public String dayName(int weekday) {
        return DayOfWeek.of(weekday).getDisplayName(TextStyle.FULL_STANDALONE, session.getLocale());
    }

    public List<StaffWeek.Choice> getTeachers() {
        return teachers;
    }

    public Long getStaffId() {
        return staffId;
    }

    public void setStaffId(Long staffId) {
        this.staffId = staffId;
    }

    public StaffWeek getTeacherWeek() {
        return teacherWeek;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public RoomWeek getRoomWeek() {
        return roomWeek;
    }

    public HoursCheckData getHours() {
        return hours;
    }
}
