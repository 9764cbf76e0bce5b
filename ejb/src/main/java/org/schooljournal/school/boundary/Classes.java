package org.schooljournal.school.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.SchoolClass;

/** The classes of the caller's school, with their sizes. */
@Stateless
@Tenanted
@RolesAllowed({Role.SCHOOL_ADMIN, Role.HEAD, Role.DEPUTY_HEAD})
public class Classes {
    @PersistenceContext EntityManager em;

    public List<ClassSummary> all() {
        Map<Long, Long> sizes = new HashMap<>();
        em.createQuery(
                        "select p.schoolClass.id, count(p) from Pupil p group by p.schoolClass.id",
                        Object[].class)
                .getResultList()
                .forEach(r -> sizes.put((Long) r[0], (Long) r[1]));
        return em.createNamedQuery("SchoolClass.all", SchoolClass.class).getResultList().stream()
                .map(
                        c ->
                                new ClassSummary(
                                        c.getId(), c.getTitle(), sizes.getOrDefault(c.getId(), 0L)))
                .toList();
    }
}
