package org.schooljournal.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a save's CPU goes (issue 11 item 3), from GridBench's flight recording ({@code
 * -Djournal.bench.jfr=FILE}): every execution sample in the given time windows (the concurrent save
 * phases) is attributed to the innermost frame that names a part of the work. Not a test: run
 * {@code java -cp target/test-classes org.schooljournal.bench.SaveProfile FILE from/to ...} with
 * ISO instants.
 */
public final class SaveProfile {
    /** A part of the work and the frame prefixes that name it. */
    private static final String[][] PARTS = {
        {"HTTP session replication", "org.glassfish.web.ha", "org.apache.catalina.session"},
        {"MP Telemetry tracing", "fish.payara.microprofile.telemetry"},
        {"JSON-P provider lookup", "jakarta.json.spi.JsonProvider.provider"},
        {"SQL execution", "org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor"},
        {"audit entry", "org.schooljournal.audit.control.JournalAudit"},
        {"audit sequencer", "org.schooljournal.audit.control.AuditSequenc"},
        {"lesson and journal", "org.schooljournal.journal.control.LessonAccess.writable"},
        {"study period", "org.schooljournal.journal.control.LessonAccess.requireInPeriod"},
        {"pupil and roster", "org.schooljournal.journal.control.LessonAccess.listed"},
        {"work types", "org.schooljournal.journal.control.SchoolWorkTypes"},
        {"cell lock and text", "org.schooljournal.journal.control.CellGuard"},
        {"CDI event", "org.jboss.weld.event.EventImpl.fire"},
        {"Marks.put other", "org.schooljournal.journal.boundary.Marks.put"},
        {"tenancy (caller's roles)", "org.schooljournal.platform.control"},
        {"Bean Validation (EJB)", "org.hibernate.validator.cdi"},
        {
            "commit",
            "com.sun.enterprise.transaction",
            "com.sun.ejb.containers.BaseContainer.postInvoke"
        },
        {"EJB container", "com.sun.ejb", "org.glassfish.ejb"},
        {"REST parameter validation", "org.glassfish.jersey.server.validation"},
        {"Jersey other", "org.glassfish.jersey"},
        {"session stamp", "org.schooljournal.identity.boundary.SessionStamps"},
        {
            "authentication",
            "org.schooljournal.identity.web",
            "org.glassfish.soteria",
            "com.sun.web.security"
        },
        {"container security", "com.sun.enterprise.security", "org.glassfish.exousia"},
        {"own filters", "org.schooljournal.platform.web"},
        {
            "servlet and HTTP",
            "org.apache.catalina",
            "org.glassfish.grizzly",
            "com.sun.enterprise.web"
        },
        {"Hazelcast", "com.hazelcast"},
    };

    private SaveProfile() {}

    public static void main(String[] args) throws Exception {
        List<Instant[]> windows = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String[] w = args[i].split("/");
            windows.add(new Instant[] {Instant.parse(w[0]), Instant.parse(w[1])});
        }
        Map<String, Integer> parts = new HashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                if (e.getEventType().getName().equals("jdk.ExecutionSample")
                        && e.getStackTrace() != null
                        && inside(e.getStartTime(), windows)) {
                    samples++;
                    parts.merge(part(e.getStackTrace().getFrames()), 1, Integer::sum);
                }
            }
        }
        int total = samples;
        System.out.println(total + " samples");
        parts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(
                        p ->
                                System.out.printf(
                                        "%5.1f %% %s (%d)%n",
                                        100.0 * p.getValue() / total, p.getKey(), p.getValue()));
    }

    private static boolean inside(Instant t, List<Instant[]> windows) {
        return windows.stream().anyMatch(w -> !t.isBefore(w[0]) && !t.isAfter(w[1]));
    }

    private static String part(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String name = f.getMethod().getType().getName() + "." + f.getMethod().getName();
            for (String[] p : PARTS) {
                for (int i = 1; i < p.length; i++) {
                    if (name.startsWith(p[i])) {
                        return p[0];
                    }
                }
            }
        }
        return "other";
    }
}
