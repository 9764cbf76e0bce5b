package org.schooljournal.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Applies the Flyway migrations at deployment, before anything touches JPA (schema generation is
 * off). Vendor-specific SQL (PostgreSQL-only protections) lives in {@code db/vendor/{vendor}}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    /**
     * The database's folder under {@code db/vendor}: {@code postgresql} or {@code h2}. Named here
     * because Flyway's {@code {vendor}} placeholder found no migrations there on Payara (seen with
     * the archive's triggers, V23_1).
     */
    String vendor() {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : product.replace(' ', '_');
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database jdbc/journal is", e);
        }
    }

    @PostConstruct
    void migrate() {
        var result =
                Flyway.configure(getClass().getClassLoader())
                        .dataSource(dataSource)
                        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                        .failOnMissingLocations(false)
                        .load()
                        .migrate();
        LOG.info(
                () ->
                        "Schema at version "
                                + result.targetSchemaVersion
                                + ", "
                                + result.migrationsExecuted
                                + " migrations applied");
    }
}
