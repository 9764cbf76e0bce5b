package org.schooljournal.controlworks.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.schooljournal.calendar.boundary.Calendars;
import org.schooljournal.calendar.boundary.YearData;
import org.schooljournal.controlworks.control.ControlWorkDay;
import org.schooljournal.controlworks.entity.ControlWork;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.Subject;

/**
 * The internal control-work schedule of the school (ВШК, R-S12). The head and the deputy head plan
 * it; the school administrator, teachers and class teachers read it. A control work is refused for
 * a subject the class does not study, on a day the class has no lessons, and on a day the class
 * already writes one (the school norm: at most one control work a day for a class).
 */
@Stateless
@Tenanted
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
public class ControlWorks {
    /** The longest range one list may cover. */
    public static final int MAX_DAYS = 400;

    @PersistenceContext EntityManager em;

    @EJB Calendars calendars;

    /** The control works from..to (both inclusive), of one class or of all, by date. */
    @RolesAllowed(Role.STAFF)
    public List<ControlWorkData> between(
            @NotNull LocalDate from, @NotNull LocalDate to, Long classId) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new JournalException(
                    JournalException.Kind.INVALID,
                    "controlWorks.range",
                    ControlWorkDay.DATE.format(from),
                    ControlWorkDay.DATE.format(to),
                    MAX_DAYS);
        }
        var query =
                classId == null
                        ? em.createNamedQuery("ControlWork.between", ControlWork.class)
                        : em.createNamedQuery("ControlWork.ofClassBetween", ControlWork.class)
                                .setParameter("classId", classId);
        return query.setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(ControlWorks::view)
                .toList();
    }

    /** One control work; another school's is "not found". */
    @RolesAllowed(Role.STAFF)
    public ControlWorkData get(long id) {
        return view(find(id));
    }

    /**
     * Puts a control work of the class in the subject on the date into the schedule. Refused
     * ({@code INVALID}) when the class does not study the subject (no teaching assignment), when
     * the school has no academic year containing the date, or when the date is not a study day of
     * the class; refused ({@code CONFLICT}, naming the other work) when the class already writes a
     * control work that day.
     */
    public ControlWorkData schedule(
            long classId,
            long subjectId,
            @NotNull LocalDate date,
            @NotBlank @Size(max = ControlWork.FORM_MAX) String form,
            @Size(max = ControlWork.TOPIC_MAX) String topic) {
        SchoolClass schoolClass = em.find(SchoolClass.class, classId);
        if (schoolClass == null) {
            throw JournalException.notFound("class " + classId);
        }
        Subject subject = em.find(Subject.class, subjectId);
        if (subject == null) {
            throw JournalException.notFound("subject " + subjectId);
        }
        long taught =
                em.createNamedQuery("TeachingAssignment.countOfClassAndSubject", Long.class)
                        .setParameter("classId", classId)
                        .setParameter("subjectId", subjectId)
                        .getSingleResult();
        if (taught == 0) {
            throw new JournalException(
                    JournalException.Kind.INVALID,
                    "controlWorks.notTaught",
                    schoolClass.getTitle(),
                    subject.getName());
        }
        YearData year =
                calendars
                        .yearOn(date)
                        .orElseThrow(
                                () ->
                                        new JournalException(
                                                JournalException.Kind.INVALID,
                                                "controlWorks.noYear",
                                                ControlWorkDay.DATE.format(date)));
        var refusal =
                ControlWorkDay.refusal(
                        calendars.schoolDays(year.id()),
                        schoolClass.getGrade(),
                        schoolClass.getWeekDays(),
                        schoolClass.getTitle(),
                        date);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        List<ControlWork> sameDay =
                em.createNamedQuery("ControlWork.ofClassOn", ControlWork.class)
                        .setParameter("classId", classId)
                        .setParameter("date", date)
                        .getResultList();
        if (!sameDay.isEmpty()) {
            ControlWork other = sameDay.get(0);
            throw new JournalException(
                    JournalException.Kind.CONFLICT,
                    "controlWorks.sameDay",
                    schoolClass.getTitle(),
                    ControlWorkDay.DATE.format(date),
                    other.getSubject().getName(),
                    other.getForm());
        }
        ControlWork work = new ControlWork(schoolClass, subject, date, form, topic);
        em.persist(work);
        em.flush();
        return view(work);
    }

    /** Takes a control work out of the schedule; another school's is "not found". */
    public void remove(long id) {
        em.remove(find(id));
        em.flush();
    }

    private ControlWork find(long id) {
        ControlWork work = em.find(ControlWork.class, id);
        if (work == null) {
            throw JournalException.notFound("control work " + id);
        }
        return work;
    }

    static ControlWorkData view(ControlWork w) {
        return new ControlWorkData(
                w.getId(),
                w.getSchoolClass().getId(),
                w.getSchoolClass().getTitle(),
                w.getSubject().getId(),
                w.getSubject().getName(),
                w.getDate(),
                w.getForm(),
                w.getTopic());
    }
}
