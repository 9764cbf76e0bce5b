package org.schooljournal.diary.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.schooljournal.diary.boundary.Child;
import org.schooljournal.diary.boundary.Diary;
import org.schooljournal.diary.boundary.MessageData;
import org.schooljournal.journal.boundary.MarkData;
import org.schooljournal.platform.control.SchoolClock;

/** The diary screen (R-D01): a parent switches between its children and reads their marks. */
@Named("diary")
@ViewScoped
public class DiaryView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB transient Diary diary;

    @Inject SchoolClock schoolClock;

    private List<Child> children;
    private Long pupilId;
    private List<MarkData> marks;
    private List<MessageData> messages = List.of();

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @PostConstruct
    void init() {
        children = diary.children();
        if (!children.isEmpty()) {
            pupilId = children.get(0).pupilId();
            load();
        }
    }

    public void load() {
        LocalDate today = schoolClock.today();
        marks = pupilId == null ? List.of() : diary.marks(pupilId, today.minusDays(30), today);
        // R-J13: the teachers' messages and recommendations, newest first
        messages = pupilId == null ? List.of() : diary.messages(pupilId);
    }

    public List<Child> getChildren() {
        return children;
    }

    public Long getPupilId() {
        return pupilId;
    }

    public void setPupilId(Long pupilId) {
        this.pupilId = pupilId;
    }

    public List<MarkData> getMarks() {
        return marks;
    }

    public List<MessageData> getMessages() {
        return messages;
    }

    public String shown(Instant at) {
        return at == null ? "" : WHEN.withZone(schoolClock.zone()).format(at);
    }
}
