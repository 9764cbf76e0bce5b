package org.schooljournal.diary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import org.schooljournal.diary.boundary.FamilyMail;
import org.schooljournal.diary.boundary.MailSettingsData;
import org.schooljournal.identity.web.Texts;

/**
 * R-D02, the parent's screen: how often the school's letters come, with which news, in which
 * language.
 */
@Named("mailSettings")
@ViewScoped
public class MailSettingsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject FamilyMail mail;

    private MailSettingsData settings;
    private String frequency;
    private boolean marks;
    private boolean absences;
    private boolean messages;
    private boolean homework;
    private String language;

    @PostConstruct
    void init() {
        show(mail.settings());
    }

    public void save() {
        show(
                mail.save(
                        new MailSettingsData(
                                frequency, marks, absences, messages, homework, language, false,
                                false)));
        Messages.addGlobalInfo(Texts.get("mailSettings.saved"));
    }

    private void show(MailSettingsData s) {
        settings = s;
        frequency = s.frequency();
        marks = s.marks();
        absences = s.absences();
        messages = s.messages();
        homework = s.homework();
        language = s.language();
    }

    public MailSettingsData getSettings() {
        return settings;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public boolean isMarks() {
        return marks;
    }

    public void setMarks(boolean marks) {
        this.marks = marks;
    }

    public boolean isAbsences() {
        return absences;
    }

    public void setAbsences(boolean absences) {
        this.absences = absences;
    }

    public boolean isMessages() {
        return messages;
    }

    public void setMessages(boolean messages) {
        this.messages = messages;
    }

    public boolean isHomework() {
        return homework;
    }

    public void setHomework(boolean homework) {
        this.homework = homework;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
