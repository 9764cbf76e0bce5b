package org.schooljournal.diary.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.diary.control.ClassFamilies;
import org.schooljournal.diary.control.ExtractPdf;
import org.schooljournal.diary.control.ExtractQueries;
import org.schooljournal.diary.control.PupilJournals;
import org.schooljournal.journal.control.PeriodMarkRule;
import org.schooljournal.journal.control.SchoolWorkTypes;
import org.schooljournal.journal.entity.AttendanceKind;
import org.schooljournal.journal.entity.Mark;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.School;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.Staff;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * R-D03: paper extracts of a pupil's marks, period marks and attendance for the study period
 * holding a date, for families without the internet or who refused the electronic diary. The
 * homeroom teacher prints its class's (one pupil, or the whole class in one file, a pupil per
 * page), the deputy head and head any of the school's, a parent its own child's. Anyone else, and
 * another school's pupil, finds no such pupil (404, as a missing one).
 */
@Stateless
@Tenanted
@RolesAllowed({Role.TEACHER, Role.CLASS_TEACHER, Role.DEPUTY_HEAD, Role.HEAD, Role.PARENT})
public class Extracts {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    @Inject SchoolClock schoolClock;

    @Inject PupilJournals journals;

    @Inject SchoolWorkTypes workTypes;

    /** One pupil's extract for the study period holding {@code date}, null: today (PDF/A-2b). */
    public byte[] pupil(long pupilId, LocalDate date) {
        Pupil pupil = em.find(Pupil.class, pupilId);
        if (pupil == null || !mayRead(pupil)) {
            throw JournalException.notFound("pupil " + pupilId);
        }
        return print(pupil.getSchoolClass(), List.of(pupil), date);
    }

    /** The class's extracts, a pupil per page, for the homeroom teacher, deputy head and head. */
    @RolesAllowed({Role.TEACHER, Role.CLASS_TEACHER, Role.DEPUTY_HEAD, Role.HEAD})
    public byte[] ofClass(long classId, LocalDate date) {
        SchoolClass schoolClass = ClassFamilies.followed(em, caller, classId);
        return print(schoolClass, ClassFamilies.pupilsOf(em, classId), date);
    }

    private boolean mayRead(Pupil pupil) {
        if (caller.has(Role.DEPUTY_HEAD) || caller.has(Role.HEAD)) {
            return true;
        }
        if (caller.has(Role.PARENT) && pupil.isGuardedBy(caller.accountId())) {
            return true;
        }
        Staff teacher = pupil.getSchoolClass().getClassTeacher();
        return teacher != null && caller.accountId().equals(teacher.getAccountId());
    }

    private byte[] print(SchoolClass schoolClass, List<Pupil> pupils, LocalDate chosen) {
        LocalDate date = chosen == null ? schoolClock.today() : chosen;
        StudyPeriod period =
                ExtractQueries.period(em, schoolClass.getGrade(), date)
                        .orElseThrow(
                                () ->
                                        new JournalException(
                                                JournalException.Kind.INVALID, "extract.noPeriod"));
        List<Long> ids = new ArrayList<>(List.of(-1L)); // never an id: "in" stays valid
        pupils.forEach(p -> ids.add(p.getId()));
        Map<String, List<Mark>> marks = ExtractQueries.marks(em, ids, period);
        Map<String, int[]> attendance = ExtractQueries.attendance(em, ids, period);
        Map<String, String> periodMarks = ExtractQueries.periodMarks(em, ids, period);
        PeriodMarkRule rule = new PeriodMarkRule(workTypes.weights());
        Staff classTeacher = schoolClass.getClassTeacher();
        List<ExtractPdf.Extract> extracts = new ArrayList<>();
        for (Pupil p : pupils) {
            List<ExtractPdf.Line> lines = new ArrayList<>();
            for (TeachingAssignment a : journals.of(p)) {
                String key = p.getId() + "|" + a.getId();
                List<Mark> given = marks.getOrDefault(key, List.of());
                List<PeriodMarkRule.GivenMark> numeric = new ArrayList<>();
                List<String> shown = new ArrayList<>();
                for (Mark m : given) {
                    shown.add(m.getValue() + m.getWorkType().code());
                    if (m.getValue().chars().allMatch(Character::isDigit)) {
                        numeric.add(
                                new PeriodMarkRule.GivenMark(
                                        Integer.parseInt(m.getValue()), m.getWorkType().name()));
                    }
                }
                int[] missed = attendance.getOrDefault(key, new int[4]);
                lines.add(
                        new ExtractPdf.Line(
                                a.getGroup() == null
                                        ? a.getSubject().getName()
                                        : a.getSubject().getName()
                                                + " ("
                                                + a.getGroup().getTitle()
                                                + ")",
                                shown,
                                numeric.isEmpty() ? null : rule.suggest(numeric).average(),
                                periodMarks.get(key),
                                missed[AttendanceKind.ILLNESS.ordinal()],
                                missed[AttendanceKind.EXCUSED.ordinal()],
                                missed[AttendanceKind.UNEXCUSED.ordinal()],
                                missed[AttendanceKind.LATE.ordinal()]));
            }
            extracts.add(
                    new ExtractPdf.Extract(
                            p.getFullName(),
                            schoolClass.getTitle(),
                            classTeacher == null ? null : classTeacher.getShortName(),
                            lines));
        }
        School school = em.find(School.class, caller.schoolId());
        return ExtractPdf.print(school.getName(), label(period), schoolClock.today(), extracts);
    }

    /** «2 четверть (01.11.2026 – 28.12.2026)». */
    static String label(StudyPeriod p) {
        String kind =
                switch (p.getKind()) {
                    case QUARTER -> "четверть";
                    case TRIMESTER -> "триместр";
                    case HALF_YEAR -> "полугодие";
                    case YEAR -> "год";
                };
        return p.getNumber()
                + " "
                + kind
                + " ("
                + DATE.format(p.getStartsOn())
                + " – "
                + DATE.format(p.getEndsOn())
                + ")";
    }
}
