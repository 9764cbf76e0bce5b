package org.schooljournal.diary.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * What a parent wants by e-mail (R-D02): how often ({@code DAILY}, {@code WEEKLY}, {@code NONE})
 * and which news, in which language. A parent without a row gets the daily letter of everything.
 */
@Entity
@Table(name = "mail_setting")
@NamedQuery(
        name = "MailSetting.ofGuardians",
        query = "select m from MailSetting m where m.guardianId in :ids")
public class MailSetting extends SchoolOwned {
    public static final String DAILY = "DAILY";
    public static final String WEEKLY = "WEEKLY";
    public static final String NONE = "NONE";

    @Column(name = "guardian_id")
    private long guardianId;

    private String frequency = DAILY;

    private boolean marks = true;

    private boolean absences = true;

    private boolean messages = true;

    private boolean homework = true;

    private String language = "ru";

    protected MailSetting() {}

    public MailSetting(long guardianId) {
        this.guardianId = guardianId;
    }

    public void choose(
            String frequency,
            boolean marks,
            boolean absences,
            boolean messages,
            boolean homework,
            String language) {
        this.frequency = frequency;
        this.marks = marks;
        this.absences = absences;
        this.messages = messages;
        this.homework = homework;
        this.language = language;
    }

    public long getGuardianId() {
        return guardianId;
    }

    public String getFrequency() {
        return frequency;
    }

    public boolean isMarks() {
        return marks;
    }

    public boolean isAbsences() {
        return absences;
    }

    public boolean isMessages() {
        return messages;
    }

    public boolean isHomework() {
        return homework;
    }

    public String getLanguage() {
        return language;
    }
}
