package org.schooljournal.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Planner statistics after a bulk write (issue 11): PostgreSQL's autovacuum notices thousands of
 * new rows only minutes later, and until then the daily queries plan for the old row counts (the
 * diary seq-scanned all lessons of the municipality right after a load). The writer names the
 * tables it filled; once its transaction has committed they are analyzed on a pooled connection of
 * their own, off the caller's thread. H2 keeps its own statistics, so nothing runs there.
 */
@ApplicationScoped
public class TableStatistics {
    private static final Logger LOG = Logger.getLogger(TableStatistics.class.getName());

    /** Table names are put into the statement, so only plain identifiers are accepted. */
    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    @Resource TransactionSynchronizationRegistry transactions;

    @Resource ManagedExecutorService executor;

    /**
     * Analyzes the tables after the current transaction commits (nothing if it rolls back), or
     * right away when there is no transaction (a batch job's listener).
     */
    public void afterCommit(String... tables) {
        List<String> names = names(tables);
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            executor.execute(() -> analyze(names));
            return;
        }
        transactions.registerInterposedSynchronization(
                new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                        // statistics only describe committed rows
                    }

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            executor.execute(() -> analyze(names));
                        }
                    }
                });
    }

    static List<String> names(String... tables) {
        if (tables.length == 0) {
            throw new IllegalArgumentException("no table to analyze");
        }
        for (String t : tables) {
            if (!TABLE.matcher(t).matches()) {
                throw new IllegalArgumentException("not a table name: " + t);
            }
        }
        return List.of(tables);
    }

    /** The statement for PostgreSQL, or none for another database. */
    static String statement(String databaseProduct, List<String> tables) {
        return "PostgreSQL".equals(databaseProduct) ? "analyze " + String.join(", ", tables) : null;
    }

    private void analyze(List<String> tables) {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            String sql = statement(c.getMetaData().getDatabaseProductName(), tables);
            if (sql == null) {
                return;
            }
            st.execute(sql);
            LOG.info(
                    () ->
                            "Analyzed "
                                    + tables
                                    + " in "
                                    + (System.nanoTime() - started) / 1_000_000
                                    + " ms");
        } catch (SQLException e) {
            // autovacuum will get there; a missing refresh must not fail the write that asked
            LOG.log(Level.WARNING, "ANALYZE " + tables + " failed", e);
        }
    }
}
