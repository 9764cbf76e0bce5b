package org.schooljournal.probe;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.entity.SchoolOwned;
import org.schooljournal.school.entity.SchoolClass;

/** Test-only EJB: looks at school-owned data through the tenancy, as a given school. */
@Stateless
public class TenantProbe {
    @PersistenceContext EntityManager em;

    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    public boolean pupilVisible(long tenant, long pupilId) {
        em.setProperty(SchoolOwned.TENANT_PROPERTY, tenant);
        return em.find(Pupil.class, pupilId) != null;
    }

    public long jpqlPupilCount(long tenant) {
        em.setProperty(SchoolOwned.TENANT_PROPERTY, tenant);
        return em.createQuery("select count(p) from Pupil p", Long.class).getSingleResult();
    }

    /** A bulk update aimed at one pupil; returns how many rows it touched. */
    public int bulkTouchPupil(long tenant, long pupilId) {
        em.setProperty(SchoolOwned.TENANT_PROPERTY, tenant);
        return em.createQuery("update Pupil p set p.middleName = p.middleName where p.id = :id")
                .setParameter("id", pupilId)
                .executeUpdate();
    }

    /** Persists a class under a tenant and returns the school_id the row got in the database. */
    public long persistClassAndReadSchool(long tenant) {
        em.setProperty(SchoolOwned.TENANT_PROPERTY, tenant);
        SchoolClass c = new SchoolClass(11, "Я", null);
        em.persist(c);
        em.flush();
        return sql("select school_id from school_class where id = " + c.getId());
    }

    public void persistClassWithoutTenant() {
        em.persist(new SchoolClass(11, "Ю", null));
        em.flush();
    }

    public long sql(String query) {
        try (var c = dataSource.getConnection();
                var s = c.createStatement();
                var r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
