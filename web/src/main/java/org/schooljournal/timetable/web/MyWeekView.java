package org.schooljournal.timetable.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.timetable.boundary.MyTimetable;
import org.schooljournal.timetable.boundary.TeacherWeek;

/** The teacher's own week on its home page. */
@Named("myWeek")
@RequestScoped
public class MyWeekView {
    @EJB MyTimetable myTimetable;

    @Inject SessionView session;

    private TeacherWeek week;

    public TeacherWeek getWeek() {
        if (week == null) {
            week = myTimetable.week();
        }
        return week;
    }

    public String dayName(int weekday) {
        return DayOfWeek.of(weekday)
                .getDisplayName(TextStyle.SHORT_STANDALONE, session.getLocale());
    }
}
