package org.schooljournal.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.schooljournal.demo.control.DemoLoadResult;
import org.schooljournal.demo.control.DemoMunicipality;
import org.schooljournal.demo.control.DemoSize;
import org.schooljournal.demo.control.DemoWriter;
import org.schooljournal.journal.control.SigningKey;
import org.schooljournal.platform.control.SchoolClock;

/**
 * Fills an empty database with a demo municipality at start-up, after the migrations.
 *
 * <p>The size comes from the system property {@value #PROPERTY}, else the environment variable
 * {@value #ENVIRONMENT_VARIABLE}: {@code small} (2 schools × 4 classes × 25 pupils, the whole
 * year's timetable and lessons), {@code municipality} (100 schools × 24 classes × 25 pupils =
 * 60,000 pupils, up to 40 weeks), {@code none} (nothing, also when neither is set), or explicit
 * numbers {@code SCHOOLSxCLASSESxPUPILSxWEEKS}. Data is written only when the {@code school} table
 * is empty, so a restart or a real database is never touched. Every demo account's password is
 * {@code demo}.
 *
 * <p>The data goes in with PostgreSQL's COPY (plain JDBC batches on H2) across all schools, not
 * through JPA (whose multitenancy would need a tenant per school). {@link #load(DemoSize, long)} is
 * the hook for benchmarks.
 */
@Startup
@Singleton
@DependsOn({"Migrations", "SigningKeyRegistration"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataLoader {
    /** System property naming the demo size; it wins over the environment variable. */
    public static final String PROPERTY = "journal.demo";

    /** Environment variable naming the demo size. */
    public static final String ENVIRONMENT_VARIABLE = "JOURNAL_DEMO";

    /**
     * System property that makes the loader insert in batches on PostgreSQL too, instead of COPY
     * (to compare the two).
     */
    public static final String NO_COPY_PROPERTY = "journal.demo.nocopy";

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    @Inject Pbkdf2PasswordHash passwordHash;

    @Inject Instance<SchoolClock> clocks;

    @Inject SigningKey signingKey;

    @PostConstruct
    void atStartup() {
        loadAtStartup();
        warnOfDemoAccounts();
    }

    private void loadAtStartup() {
        String setting = setting(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT_VARIABLE));
        Optional<DemoSize> size;
        try {
            size = DemoSize.forSetting(setting);
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "No demo data: " + e.getMessage());
            return;
        }
        if (size.isEmpty()) {
            LOG.info(() -> "No demo data: " + PROPERTY + " / " + ENVIRONMENT_VARIABLE + " is none");
            return;
        }
        try {
            if (hasSchools()) {
                LOG.info("No demo data loaded: the database already has schools");
                return;
            }
            LOG.info(() -> "Loading demo data (" + size.get() + ")");
            DemoLoadResult result = load(size.get(), DemoMunicipality.DEFAULT_SEED);
            LOG.info(
                    () ->
                            "Demo data ("
                                    + size.get()
                                    + ") loaded, password 'demo' for every login: "
                                    + result.summary());
        } catch (SQLException | RuntimeException e) {
            // Demo data is a convenience: the application starts without it.
            LOG.log(Level.SEVERE, "Loading demo data failed; the application starts without it", e);
        }
    }

    /**
     * Generates a municipality of the given size and writes it into the database, whatever the
     * start-up setting (benchmark hook). The database must not hold demo data already.
     *
     * @return rows written per table and the time taken
     */
    public DemoLoadResult load(DemoSize size, long seed) throws SQLException {
        long started = System.nanoTime();
        passwordHash.initialize(Map.of());
        String hash = passwordHash.generate(DemoMunicipality.PASSWORD.toCharArray());
        DemoMunicipality municipality = new DemoMunicipality(size, seed, clock());
        DemoLoadResult written;
        try (Connection connection = dataSource.getConnection()) {
            written =
                    new DemoWriter(
                                    connection,
                                    hash,
                                    DemoWriter.DEFAULT_COMMIT_EVERY,
                                    signingKey,
                                    !Boolean.getBoolean(NO_COPY_PROPERTY))
                            .write(municipality);
        }
        return new DemoLoadResult(
                written.size(),
                written.seed(),
                written.rowsPerTable(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Warns in the log at every start while a demo account with the password {@code demo} exists on
     * a PostgreSQL database, which is where real data lives: whoever deploys must not overlook that
     * anyone can sign in to it.
     */
    private void warnOfDemoAccounts() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                return;
            }
            List<String> open = new ArrayList<>();
            try (PreparedStatement st =
                    connection.prepareStatement(
                            "select login, password_hash from account where login in (?, ?)"
                                    + " and enabled")) {
                st.setString(1, DemoMunicipality.MUNICIPAL_ADMIN_LOGIN);
                st.setString(2, DemoMunicipality.FIRST_SCHOOL_ADMIN_LOGIN);
                try (ResultSet rs = st.executeQuery()) {
                    passwordHash.initialize(Map.of());
                    while (rs.next()) {
                        if (passwordHash.verify(
                                DemoMunicipality.PASSWORD.toCharArray(), rs.getString(2))) {
                            open.add(rs.getString(1));
                        }
                    }
                }
            }
            if (!open.isEmpty()) {
                LOG.warning(
                        () ->
                                "DEMO ACCOUNTS on a PostgreSQL database: "
                                        + String.join(", ", open)
                                        + " and the other demo logins sign in with the password"
                                        + " 'demo'. Never in production: start with an empty"
                                        + " database and JOURNAL_DEMO unset.");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check for demo accounts", e);
        }
    }

    /** Whether the {@code school} table has any row. */
    public boolean hasSchools() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from school")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /** The system property if set, else the environment variable (null if neither). */
    static String setting(String property, String environment) {
        if (property != null && !property.isBlank()) {
            return property;
        }
        return environment;
    }

    private Clock clock() {
        // at start-up there is no caller: the municipality's date
        return clocks != null && clocks.isResolvable()
                ? clocks.get().clock()
                : Clock.system(ZoneId.of("Europe/Moscow"));
    }
}
