package org.schooljournal.demo.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * PostgreSQL's advice for populating a database: a bulk load into tables without their foreign keys
 * and secondary indexes, which are put back afterwards, is many times faster than checking every
 * row against a foreign key (a trigger and an index probe per row and key: three per mark) and
 * keeping every index up to date row by row. Put back, an index is built by one sort and a foreign
 * key is validated by one join over the whole table.
 *
 * <p>{@link #drop} removes from the given tables their foreign keys, their unique constraints that
 * no foreign key refers to and their other indexes, remembering each one's definition as the
 * catalogue gives it ({@code pg_get_constraintdef}, {@code pg_get_indexdef}); {@link #restore}
 * creates exactly those again under the same names. Primary keys stay (the loaded ids go in
 * ascending, so keeping them costs little, and other tables' foreign keys need them). Both run in
 * the load's transaction: DDL is transactional in PostgreSQL, so a load that fails, or a row that
 * breaks a restored constraint, rolls back to the tables as they were, constraints and all. The
 * tables are locked exclusively meanwhile.
 */
final class DeferredConstraints {
    private static final Logger LOG = Logger.getLogger(DeferredConstraints.class.getName());

    /** Memory for building the indexes again (one sort each): the session's setting only. */
    static final String MAINTENANCE_WORK_MEM = "1GB";

    private final Connection connection;
    private final List<String> indexes = new ArrayList<>();
    private final List<String> foreignKeys = new ArrayList<>();

    private DeferredConstraints(Connection connection) {
        this.connection = connection;
    }

    /** Drops the foreign keys and secondary indexes of {@code tables} (public schema). */
    static DeferredConstraints drop(Connection connection, List<String> tables)
            throws SQLException {
        DeferredConstraints deferred = new DeferredConstraints(connection);
        List<String> drops = new ArrayList<>();
        String[] names = tables.toArray(String[]::new);
        // foreign keys of the tables, then unique constraints no foreign key refers to
        try (PreparedStatement ps =
                connection.prepareStatement(
                        "select c.conrelid::regclass::text, c.conname, c.contype,"
                                + " pg_get_constraintdef(c.oid) from pg_constraint c"
                                + " where c.connamespace = 'public'::regnamespace"
                                + " and c.conrelid::regclass::text = any (?)"
                                + " and (c.contype = 'f' or c.contype = 'u' and not exists"
                                + " (select 1 from pg_constraint r where r.contype = 'f'"
                                + " and r.conindid = c.conindid))"
                                + " order by c.contype, c.conrelid::regclass::text, c.conname")) {
            ps.setArray(1, connection.createArrayOf("text", names));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    String name = quoted(rs.getString(2));
                    String add =
                            "alter table "
                                    + table
                                    + " add constraint "
                                    + name
                                    + " "
                                    + rs.getString(4);
                    (rs.getString(3).equals("f") ? deferred.foreignKeys : deferred.indexes)
                            .add(add);
                    drops.add("alter table " + table + " drop constraint " + name);
                }
            }
        }
        // indexes that back no constraint (neither primary key nor unique constraint)
        try (PreparedStatement ps =
                connection.prepareStatement(
                        "select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)"
                                + " from pg_index i join pg_class t on t.oid = i.indrelid"
                                + " where t.relnamespace = 'public'::regnamespace"
                                + " and t.relname = any (?)"
                                + " and not exists (select 1 from pg_constraint c"
                                + " where c.conindid = i.indexrelid)"
                                + " order by 1")) {
            ps.setArray(1, connection.createArrayOf("text", names));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    deferred.indexes.add(rs.getString(2));
                    drops.add("drop index " + rs.getString(1));
                }
            }
        }
        try (Statement st = connection.createStatement()) {
            // in the order read: the foreign keys first, then what they might have referred to
            for (String drop : drops) {
                st.execute(drop);
            }
        }
        LOG.fine(() -> "Deferred for the load: " + deferred.indexes + " " + deferred.foreignKeys);
        return deferred;
    }

    /** Creates the dropped indexes and unique constraints, then validates the foreign keys. */
    void restore() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("set local maintenance_work_mem = '" + MAINTENANCE_WORK_MEM + "'");
            for (String index : indexes) {
                st.execute(index);
            }
            for (String foreignKey : foreignKeys) {
                st.execute(foreignKey);
            }
        }
    }

    /** What {@link #restore} will run, in its order. */
    List<String> definitions() {
        List<String> all = new ArrayList<>(indexes);
        all.addAll(foreignKeys);
        return all;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
