package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The shared test server runs the packaged WAR plus the test-only probes ({@code
 * org.schooljournal.probe}: the archive boundary, timers and mail over HTTP, a batch writer that
 * fails, the tenancy EJB; built by {@code src/test/micro/server.sh}). A probe in the shipped WAR
 * would be an open door (raw SQL, the archive without its screens), so this looks at the bytes:
 * every probe class is in the test WAR, none in the WAR that ships, nor in its libraries.
 */
class ShippedWarIT {
    private static final Path SHIPPED = Path.of(System.getProperty("journal.war"));
    private static final Path TEST_WAR = SHIPPED.getParent().resolve("test-war/journal.war");
    private static final String PROBES = "org/schooljournal/probe/";

    @Test
    @DisplayName(
            "Issue 9 item 7: the shipped WAR holds no test probe (not in its classes, not in its jars); the shared test server's WAR holds every one")
    void probesOnlyInTheTestWar() throws IOException {
        List<String> probes = new ArrayList<>();
        Path compiled = Path.of("target/test-classes").resolve(PROBES);
        try (var files = Files.list(compiled)) {
            files.map(f -> PROBES + f.getFileName()).forEach(probes::add);
        }
        assertThat(probes)
                .as("the probes compiled")
                .anyMatch(p -> p.endsWith("ArchiveProbe.class"));

        List<String> testWar = entries(TEST_WAR);
        assertThat(testWar).containsAll(probes.stream().map(p -> "WEB-INF/classes/" + p).toList());

        List<String> shipped = entries(SHIPPED);
        assertThat(shipped).as("the shipped WAR").anyMatch(e -> e.endsWith("ProblemMapper.class"));
        assertThat(shipped)
                .as("the shipped WAR and its jars")
                .noneMatch(e -> e.contains(PROBES))
                .noneMatch(
                        e ->
                                probes.stream()
                                        .anyMatch(
                                                p ->
                                                        e.endsWith(
                                                                Path.of(p)
                                                                        .getFileName()
                                                                        .toString())));
    }

    /** Every entry of the archive, and of the jars it holds as "jar!/entry". */
    private static List<String> entries(Path archive) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                names.add(entry.getName());
                if (entry.getName().endsWith(".jar")) {
                    try (InputStream in = zip.getInputStream(entry);
                            ZipInputStream jar = new ZipInputStream(in)) {
                        for (ZipEntry inner; (inner = jar.getNextEntry()) != null; ) {
                            names.add(entry.getName() + "!/" + inner.getName());
                        }
                    }
                }
            }
        }
        return names;
    }
}
