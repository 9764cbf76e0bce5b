package org.schooljournal.controlworks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.SchoolOwned;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.Subject;

/**
 * A control work of the internal control schedule (ВШК, R-S12): a class writes it in a subject on a
 * date, in a form of control ("контрольная работа", "диктант", "тест", ...), on a topic.
 */
@Entity
@Table(name = "control_work")
@NamedQuery(
        name = "ControlWork.between",
        query =
                "select w from ControlWork w join fetch w.schoolClass join fetch w.subject"
                        + " where w.date between :from and :to"
                        + " order by w.date, w.schoolClass.grade, w.schoolClass.letter")
@NamedQuery(
        name = "ControlWork.ofClassBetween",
        query =
                "select w from ControlWork w join fetch w.schoolClass join fetch w.subject"
                        + " where w.schoolClass.id = :classId and w.date between :from and :to"
                        + " order by w.date")
@NamedQuery(
        name = "ControlWork.ofClassOn",
        query =
                "select w from ControlWork w join fetch w.subject"
                        + " where w.schoolClass.id = :classId and w.date = :date")
public class ControlWork extends SchoolOwned {
    public static final int FORM_MAX = 100;
    public static final int TOPIC_MAX = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    private SchoolClass schoolClass;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    private Subject subject;

    @Column(name = "work_date")
    private LocalDate date;

    private String form;

    private String topic;

    protected ControlWork() {}

    /**
     * @throws JournalException ({@code INVALID}) without a form, or with a form or topic too long
     */
    public ControlWork(
            SchoolClass schoolClass, Subject subject, LocalDate date, String form, String topic) {
        this.schoolClass = Objects.requireNonNull(schoolClass);
        this.subject = Objects.requireNonNull(subject);
        this.date = Objects.requireNonNull(date);
        String f = form == null ? "" : form.strip();
        if (f.isEmpty() || f.length() > FORM_MAX) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "controlWorks.form", FORM_MAX);
        }
        String t = topic == null || topic.isBlank() ? null : topic.strip();
        if (t != null && t.length() > TOPIC_MAX) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "controlWorks.topic", TOPIC_MAX);
        }
        this.form = f;
        this.topic = t;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public Subject getSubject() {
        return subject;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getForm() {
        return form;
    }

    public String getTopic() {
        return topic;
    }
}
