package org.schooljournal.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
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

    @PostConstruct
    void migrate() {
        var result =
                Flyway.configure(getClass().getClassLoader())
                        .dataSource(dataSource)
                        .locations("classpath:db/migration", "classpath:db/vendor/{vendor}")
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
