package org.schooljournal.school.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.control.RoleRows;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.Staff;

/**
 * The classes of the caller's school, with their sizes and homeroom teachers (R-S05). A homeroom
 * teacher holds the class_teacher role in the school exactly while leading at least one class.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.SCHOOL_ADMIN, Role.HEAD, Role.DEPUTY_HEAD})
public class Classes {
    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    public List<ClassSummary> all() {
        Map<Long, Long> sizes = new HashMap<>();
        em.createNamedQuery("Pupil.countByClass", Object[].class)
                .getResultList()
                .forEach(r -> sizes.put((Long) r[0], (Long) r[1]));
        return em
                .createNamedQuery("SchoolClass.current", SchoolClass.class)
                .getResultList()
                .stream()
                .map(c -> summary(c, sizes.getOrDefault(c.getId(), 0L)))
                .toList();
    }

    /**
     * Creates a class such as 7 «Б», with its homeroom teacher when one is given. A class the
     * school already has is refused ({@link JournalException.Kind#CONFLICT}, naming it).
     */
    public ClassSummary create(
            @Min(1) @Max(11) int grade,
            @NotBlank @Pattern(regexp = "[А-ЯЁ]") String letter,
            Long classTeacherStaffId) {
        boolean exists =
                !em.createNamedQuery("SchoolClass.idOfCurrent", Long.class)
                        .setParameter("grade", grade)
                        .setParameter("letter", letter)
                        .getResultList()
                        .isEmpty();
        SchoolClass schoolClass = new SchoolClass(grade, letter, null);
        if (exists) {
            throw new JournalException(
                    JournalException.Kind.CONFLICT, "classes.exists", schoolClass.getTitle());
        }
        em.persist(schoolClass);
        em.flush();
        if (classTeacherStaffId != null) {
            return assignClassTeacher(schoolClass.getId(), classTeacherStaffId);
        }
        return summary(schoolClass, 0);
    }

    /**
     * Makes the staff member the class's homeroom teacher (none when {@code staffId} is null). Its
     * account gets the class_teacher role in this school if it lacks it; the previous homeroom
     * teacher loses that role unless it still leads another class.
     *
     * @throws JournalException NOT_FOUND for a class or staff member of another school
     */
    public ClassSummary assignClassTeacher(long classId, Long staffId) {
        SchoolClass schoolClass = em.find(SchoolClass.class, classId);
        if (schoolClass == null) {
            throw JournalException.notFound("class " + classId);
        }
        Staff teacher = null;
        if (staffId != null) {
            teacher = em.find(Staff.class, staffId);
            if (teacher == null) {
                throw JournalException.notFound("staff " + staffId);
            }
            if (teacher.isDismissed()) {
                throw new JournalException(
                        JournalException.Kind.INVALID, "staff.dismissed", teacher.getShortName());
            }
        }
        Staff previous = schoolClass.getClassTeacher();
        schoolClass.assignClassTeacher(teacher);
        em.flush();
        if (teacher != null && teacher.getAccountId() != null) {
            RoleRows.grant(em, caller.schoolId(), teacher.getAccountId(), Role.CLASS_TEACHER);
        }
        if (previous != null
                && (teacher == null || !previous.getId().equals(teacher.getId()))
                && previous.getAccountId() != null
                && classesLedBy(previous) == 0) {
            RoleRows.revoke(em, caller.schoolId(), previous.getAccountId(), Role.CLASS_TEACHER);
        }
        return summary(schoolClass, pupils(classId));
    }

    private long classesLedBy(Staff staff) {
        return em.createNamedQuery("SchoolClass.countOfClassTeacher", Long.class)
                .setParameter("id", staff.getId())
                .getSingleResult();
    }

    private long pupils(long classId) {
        return em.createNamedQuery("Pupil.countOfClass", Long.class)
                .setParameter("id", classId)
                .getSingleResult();
    }

    private static ClassSummary summary(SchoolClass c, long pupils) {
        Staff teacher = c.getClassTeacher();
        return new ClassSummary(
                c.getId(),
                c.getTitle(),
                pupils,
                teacher == null ? null : teacher.getId(),
                teacher == null ? null : teacher.getShortName());
    }
}
