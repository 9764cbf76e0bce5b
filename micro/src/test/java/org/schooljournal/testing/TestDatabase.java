package org.schooljournal.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The test PostgreSQL: its address and its two accounts, known here only, so that a test reaching
 * past the application into the database (to arrange data, to check what was written, to damage it
 * on purpose) does not carry its own copy of them. The host and port come from {@code
 * JOURNAL_DB_HOST} and {@code JOURNAL_DB_PORT}, the run's database from {@code journal.db.name}, as
 * the build gives them to the server; a test with a database of its own passes its name.
 */
public final class TestDatabase {
    private TestDatabase() {}

    /** The run's test database, the one the shared server uses. */
    public static String name() {
        return System.getProperty("journal.db.name", "journal_it");
    }

    /** The JDBC URL of a database on the test server. */
    public static String url(String database) {
        return "jdbc:postgresql://"
                + System.getenv().getOrDefault("JOURNAL_DB_HOST", "localhost")
                + ":"
                + System.getenv().getOrDefault("JOURNAL_DB_PORT", "5432")
                + "/"
                + database;
    }

    /** The run's test database as its owner, the account the application itself uses. */
    public static Connection owner() throws SQLException {
        return owner(name());
    }

    /** A database on the test server as the owner, the account the application itself uses. */
    public static Connection owner(String database) throws SQLException {
        return DriverManager.getConnection(
                url(database),
                System.getenv().getOrDefault("JOURNAL_DB_USER", "journal"),
                System.getenv().getOrDefault("JOURNAL_DB_PASSWORD", "journal"));
    }

    /**
     * The run's test database as the superuser: for damage past the triggers (the owner's writes
     * are checked by them, a superuser can switch them off) and for creating and dropping
     * databases.
     */
    public static Connection superuser() throws SQLException {
        return superuser(name());
    }

    /**
     * A database on the test server as the superuser: for damage past the triggers and for creating
     * and dropping databases (through the maintenance database {@code postgres}).
     */
    public static Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection(url(database), "postgres", "");
    }
}
