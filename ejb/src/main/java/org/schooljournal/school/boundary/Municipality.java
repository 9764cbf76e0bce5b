package org.schooljournal.school.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.schooljournal.platform.entity.Role;

/**
 * The municipality's explicit cross-school path (R-T01, R-T02): aggregate counts per school over
 * plain SQL, deliberately outside the per-school tenancy, and never any pupil's personal data.
 */
@Stateless
@RolesAllowed({Role.MUNICIPAL_ADMIN, Role.ARCHIVIST})
public class Municipality {
    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    public List<SchoolCount> schools() {
        String sql =
                "select s.id, s.name,"
                        + " (select count(*) from school_class c where c.school_id = s.id),"
                        + " (select count(*) from pupil p where p.school_id = s.id),"
                        + " (select count(*) from staff t where t.school_id = s.id)"
                        + " from school s order by s.name";
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(sql);
                var rows = statement.executeQuery()) {
            List<SchoolCount> result = new ArrayList<>();
            while (rows.next()) {
                result.add(
                        new SchoolCount(
                                rows.getLong(1),
                                rows.getString(2),
                                rows.getLong(3),
                                rows.getLong(4),
                                rows.getLong(5)));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the schools", e);
        }
    }
}
