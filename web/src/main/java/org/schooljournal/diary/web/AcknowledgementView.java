package org.schooljournal.diary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.omnifaces.util.Messages;
import org.schooljournal.diary.boundary.AcknowledgementList;
import org.schooljournal.diary.boundary.Acknowledgements;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.platform.control.SchoolClock;

/**
 * R-A06, «Семьи класса»: the homeroom teacher (its classes) or the deputy and head (any class) see
 * who has not looked at the diary for N days (chosen here, 7 at first) and which messages are
 * unread by whom, and send those parents a reminder. The class's paper extracts (R-D03) are printed
 * from here too.
 */
@Named("acknowledgement")
@ViewScoped
public class AcknowledgementView extends ClassPage {
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject Acknowledgements acknowledgements;

    @Inject SchoolClock schoolClock;

    private int days = 7;
    private AcknowledgementList list;
    private String reminder;

    @PostConstruct
    void init() {
        reminder = Texts.get("acknowledgement.reminderText");
        offer(acknowledgements.classes());
    }

    @Override
    public void load() {
        list = getClassId() == null ? null : acknowledgements.of(getClassId(), days);
    }

    /** Reminds the parents who have not looked for the days chosen. */
    public void remind() {
        int reminded = acknowledgements.remind(getClassId(), days, reminder);
        Messages.addGlobalInfo(
                MessageFormat.format(Texts.get("acknowledgement.reminded"), reminded));
        load();
    }

    /** A time as the school reads it; «никогда» for none. */
    public String shown(Instant at) {
        return at == null
                ? Texts.get("acknowledgement.never")
                : WHEN.withZone(schoolClock.zone()).format(at);
    }

    public String joined(List<String> names) {
        return String.join(", ", names);
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public AcknowledgementList getList() {
        return list;
    }

    public String getReminder() {
        return reminder;
    }

    public void setReminder(String reminder) {
        this.reminder = reminder;
    }
}
