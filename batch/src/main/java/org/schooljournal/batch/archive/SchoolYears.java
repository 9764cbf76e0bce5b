package org.schooljournal.batch.archive;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The schools and school years a job covers, across schools on purpose (plain SQL outside the
 * per-school tenancy, like {@code Municipality}): a year is the school's own row, named alike in
 * every school ("2025/26"), so a job's parameter is the year's name.
 */
@Dependent
public class SchoolYears {
    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    /** Every school's id, in order. */
    public List<Long> schools() {
        return ids("select id from school order by id");
    }

    /** The years' names of every school, oldest first. */
    public List<String> names() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st =
                        c.prepareStatement(
                                "select name from academic_year group by name order by"
                                        + " min(starts_on)");
                ResultSet rs = st.executeQuery()) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the school years", e);
        }
    }

    /** A school's years' names by id. */
    public java.util.Map<Long, String> namesOf(long schoolId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st =
                        c.prepareStatement(
                                "select id, name from academic_year where school_id = ?")) {
            st.setLong(1, schoolId);
            java.util.Map<Long, String> names = new java.util.HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getLong(1), rs.getString(2));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the school years", e);
        }
    }

    /** The latest year (by name) that has ended in some school by {@code today}; null if none. */
    public String latestEnded(java.time.LocalDate today) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st =
                        c.prepareStatement(
                                "select name from academic_year where ends_on < ? group by name"
                                        + " order by max(ends_on) desc")) {
            st.setObject(1, today);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the school years", e);
        }
    }

    /** The school's year of that name, or every year of the school (oldest first) when null. */
    public List<Long> years(long schoolId, String yearName) {
        return yearName == null || yearName.isBlank()
                ? ids(
                        "select id from academic_year where school_id = ? order by starts_on",
                        schoolId)
                : ids(
                        "select id from academic_year where school_id = ? and name = ?",
                        schoolId,
                        yearName.strip());
    }

    private List<Long> ids(String sql, Object... values) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the schools and years", e);
        }
    }
}
