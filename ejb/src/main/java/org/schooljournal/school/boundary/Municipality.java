package org.schooljournal.school.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.schooljournal.identity.control.InitialPasswords;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;

/**
 * The municipality's explicit cross-school path (R-T01, R-T02): aggregate counts per school over
 * plain SQL, deliberately outside the per-school tenancy, and never any pupil's personal data; and
 * the creation of a school with its first head and administrator accounts.
 *
 * <p>Everything is plain JDBC on {@code jdbc/journal}, whose connections take part in the EJB's
 * container-managed JTA transaction: a refusal or failure anywhere rolls all of it back.
 */
@Stateless
@RolesAllowed({Role.MUNICIPAL_ADMIN, Role.ARCHIVIST})
public class Municipality {
    /** SQLState of a unique constraint violation (PostgreSQL and H2). */
    private static final String UNIQUE_VIOLATION = "23505";

    static final String HEAD_POSITION = "директор";
    static final String ADMIN_POSITION = "администратор";

    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    @Inject Pbkdf2PasswordHash passwordHash;

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

    /**
     * Creates a school with its head and school administrator (R-T02): both accounts get a one-time
     * random password, returned here and nowhere else (only PBKDF2 hashes are stored), their role
     * in the new school and a staff row in it. All or nothing.
     *
     * @throws JournalException INVALID if head and admin share a login or a full name is not
     *     "Surname Name [Patronymic]"; CONFLICT if the short name or a login is taken
     */
    @RolesAllowed(Role.MUNICIPAL_ADMIN)
    public CreatedSchool createSchool(
            @NotBlank @Size(max = 300) String name,
            @NotBlank @Size(max = 100) String shortName,
            @Valid @NotNull NewAccount head,
            @Valid @NotNull NewAccount admin) {
        String schoolName = name.strip();
        String schoolShortName = shortName.strip();
        if (head.login().equals(admin.login())) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "municipality.sameLogin", head.login());
        }
        PersonName headName = PersonName.of(head);
        PersonName adminName = PersonName.of(admin);
        try (Connection connection = dataSource.getConnection()) {
            if (shortNameTaken(connection, schoolShortName)) {
                throw new JournalException(
                        JournalException.Kind.CONFLICT,
                        "municipality.shortNameTaken",
                        schoolShortName);
            }
            for (NewAccount account : List.of(head, admin)) {
                if (loginTaken(connection, account.login())) {
                    throw new JournalException(
                            JournalException.Kind.CONFLICT,
                            "municipality.loginTaken",
                            account.login());
                }
            }
            long schoolId =
                    insert(
                            connection,
                            "insert into school (name, short_name) values (?, ?)",
                            schoolName,
                            schoolShortName);
            String headPassword = InitialPasswords.generate();
            String adminPassword = InitialPasswords.generate();
            addStaffAccount(
                    connection, schoolId, head, headName, headPassword, Role.HEAD, HEAD_POSITION);
            addStaffAccount(
                    connection,
                    schoolId,
                    admin,
                    adminName,
                    adminPassword,
                    Role.SCHOOL_ADMIN,
                    ADMIN_POSITION);
            return new CreatedSchool(
                    schoolId, schoolName, head.login(), headPassword, admin.login(), adminPassword);
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // Someone created the same school or login at the same moment.
                throw new JournalException(
                        JournalException.Kind.CONFLICT, "municipality.concurrent");
            }
            throw new IllegalStateException("Could not create the school", e);
        }
    }

    private void addStaffAccount(
            Connection connection,
            long schoolId,
            NewAccount account,
            PersonName person,
            String password,
            String role,
            String position)
            throws SQLException {
        passwordHash.initialize(Map.of());
        String hash = passwordHash.generate(password.toCharArray());
        long accountId =
                insert(
                        connection,
                        // a one-time password: the head and the administrator choose their own
                        "insert into account (login, password_hash, full_name,"
                                + " password_change_required) values (?, ?, ?, true)",
                        account.login(),
                        hash,
                        person.full());
        insert(
                connection,
                "insert into account_role (account_id, school_id, role) values (?, ?, ?)",
                accountId,
                schoolId,
                role);
        insert(
                connection,
                "insert into staff (school_id, account_id, last_name, first_name, middle_name,"
                        + " position) values (?, ?, ?, ?, ?, ?)",
                schoolId,
                accountId,
                person.last(),
                person.first(),
                person.middle(),
                position);
    }

    private static boolean shortNameTaken(Connection connection, String shortName)
            throws SQLException {
        return exists(
                connection, "select 1 from school where lower(short_name) = lower(?)", shortName);
    }

    private static boolean loginTaken(Connection connection, String login) throws SQLException {
        return exists(connection, "select 1 from account where lower(login) = lower(?)", login);
    }

    private static boolean exists(Connection connection, String sql, String value)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Inserts a row and returns its generated id (the first column of every table here). */
    private static long insert(Connection connection, String sql, Object... values)
            throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated id for: " + sql);
                }
                return keys.getLong(1);
            }
        }
    }

    /** A staff member's name as the staff table keeps it, from "Фамилия Имя [Отчество]". */
    record PersonName(String last, String first, String middle) {
        static PersonName of(NewAccount account) {
            String[] words = account.fullName().strip().split("\\s+");
            String middle =
                    words.length > 2
                            ? String.join(" ", List.of(words).subList(2, words.length))
                            : null;
            if (words.length < 2
                    || words[0].length() > 100
                    || words[1].length() > 100
                    || middle != null && middle.length() > 100) {
                throw new JournalException(
                        JournalException.Kind.INVALID,
                        "municipality.fullName",
                        account.login(),
                        account.fullName());
            }
            return new PersonName(words[0], words[1], middle);
        }

        String full() {
            return middle == null ? last + " " + first : last + " " + first + " " + middle;
        }
    }
}
