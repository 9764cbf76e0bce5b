package org.schooljournal.demo.control;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.schooljournal.journal.control.SigningKey;

/**
 * Benchmark, not a test (no JUnit): loads a demo municipality into a fresh PostgreSQL database
 * through {@link DemoWriter} alone, without a server, so a change to the load can be measured in a
 * minute. The clock is fixed at 2026-11-20 (the date of the figures in the README), so runs on
 * different days write the same rows.
 *
 * <pre>
 * mvn -o -q test-compile -pl ejb &amp;&amp; mvn -o -q dependency:build-classpath -pl ejb -Dmdep.outputFile=cp.txt
 * config/reset-test-db.sh journal_demobench
 * java -cp ejb/target/classes:ejb/target/test-classes:$(cat ejb/cp.txt) \
 *     org.schooljournal.demo.control.DemoLoadBench journal_demobench 10x24x25x40
 * </pre>
 *
 * Arguments: the database (empty, owned by journal/journal on localhost; or an H2 URL with user sa
 * and the H2 jar on the class path) and the demo size ({@code municipality}, {@code small} or
 * {@code SxCxPxW}); {@code -Djournal.demo.nocopy=true} for batches of inserts.
 */
public final class DemoLoadBench {
    private DemoLoadBench() {}

    public static void main(String[] args) throws Exception {
        // a PostgreSQL database's name, or an H2 URL (user sa) such as the quick start's
        String url =
                args[0].startsWith("jdbc:")
                        ? args[0]
                        : "jdbc:postgresql://localhost:5432/" + args[0];
        String user = url.startsWith("jdbc:h2:") ? "sa" : "journal";
        DemoSize size = DemoSize.forSetting(args[1]).orElseThrow();
        Flyway.configure()
                .dataSource(url, user, user.equals("sa") ? "sa" : "journal")
                .locations("classpath:db/migration", "classpath:db/vendor/{vendor}")
                .failOnMissingLocations(false)
                .load()
                .migrate();
        Clock clock =
                Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneId.of("Europe/Moscow"));
        SigningKey key = new SigningKey(Files.createTempDirectory("demobench"));
        key.keyId();
        long started = System.nanoTime();
        DemoMunicipality municipality =
                new DemoMunicipality(size, DemoMunicipality.DEFAULT_SEED, clock);
        DemoLoadResult result;
        try (Connection connection =
                DriverManager.getConnection(url, user, user.equals("sa") ? "sa" : "journal")) {
            result =
                    new DemoWriter(
                                    connection,
                                    "HASH",
                                    DemoWriter.DEFAULT_COMMIT_EVERY,
                                    key,
                                    !Boolean.getBoolean("journal.demo.nocopy"))
                            .write(municipality);
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        long rows = result.rowsPerTable().values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(
                "BENCH demo %s: %,d rows in %,d ms (%s)%n",
                size, rows, ms, Optional.of(result.rowsPerTable()).get());
    }
}
