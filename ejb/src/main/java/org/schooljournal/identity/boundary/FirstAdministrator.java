package org.schooljournal.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.schooljournal.identity.control.InitialPasswords;
import org.schooljournal.platform.entity.Role;

/**
 * The first municipal administrator of an empty production database (R-T02): at start-up, when no
 * account holds that role, the account {@value #LOGIN} (or {@code JOURNAL_ADMIN_LOGIN}) is created
 * with a random one-time password written once to the server log; the first sign-in must replace
 * it. From there the administrator creates schools with their heads and administrators. Nothing is
 * created while a municipal administrator exists (the demo data brings its own).
 */
@Startup
@Singleton
@DependsOn({"Migrations", "DemoDataLoader"})
@TransactionManagement(TransactionManagementType.BEAN)
public class FirstAdministrator {
    public static final String LOGIN = "admin";

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    @Inject Pbkdf2PasswordHash passwordHash;

    @PostConstruct
    void createIfNone() {
        String login = System.getenv().getOrDefault("JOURNAL_ADMIN_LOGIN", LOGIN).strip();
        try (Connection connection = dataSource.getConnection()) {
            if (hasMunicipalAdministrator(connection)) {
                return;
            }
            String password = InitialPasswords.generate();
            passwordHash.initialize(Map.of());
            create(connection, login, passwordHash.generate(password.toCharArray()));
            LOG.warning(
                    () ->
                            "\n\nFirst municipal administrator created: login '"
                                    + login
                                    + "', one-time password '"
                                    + password
                                    + "'.\nSign in and choose a new password; this one is shown"
                                    + " only once.\n");
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Creating the first municipal administrator failed", e);
        }
    }

    private static boolean hasMunicipalAdministrator(Connection connection) throws SQLException {
        try (PreparedStatement st =
                connection.prepareStatement("select count(*) from account_role where role = ?")) {
            st.setString(1, Role.MUNICIPAL_ADMIN);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private static void create(Connection connection, String login, String hash)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement account =
                        connection.prepareStatement(
                                "insert into account (login, password_hash, full_name,"
                                        + " password_change_required) values (?, ?, ?, true)");
                PreparedStatement role =
                        connection.prepareStatement(
                                "insert into account_role (account_id, role) select id, ? from"
                                        + " account where login = ?")) {
            account.setString(1, login);
            account.setString(2, hash);
            account.setString(3, "Администратор муниципалитета");
            account.executeUpdate();
            role.setString(1, Role.MUNICIPAL_ADMIN);
            role.setString(2, login);
            role.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
