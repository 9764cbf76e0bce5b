package org.schooljournal.load;

import io.gatling.javaapi.core.Session;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answer times per part of the day, step of arrival rate and kind of request (page, save, sign-in),
 * each person counted in the step it arrived in; the verdict per step: saves p95 ≤ 150 ms, pages
 * p95 ≤ 300 ms, under 1 % errors (issue 11's goals). Gatling's own report has the same requests
 * over the whole run, not per step.
 */
final class StepStats {
    static final int SAVE_P95_MS = 150;
    static final int PAGE_P95_MS = 300;

    private record Key(String part, int step, String kind) {}

    private final int stepSeconds;
    private final int warmUp;
    private final Map<String, double[]> rates;
    private final int eveningAt;
    private final Map<Key, Queue<Integer>> times = new ConcurrentHashMap<>();
    private final Map<Key, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final Map<Key, AtomicInteger> people = new ConcurrentHashMap<>();

    /** The machine's load average, the highest seen at an arrival of the step (others' work). */
    private final Map<Key, Double> load = new ConcurrentHashMap<>();

    private volatile long began = System.nanoTime();

    StepStats(int stepSeconds, int warmUp, double[] morning, double[] evening, int eveningAt) {
        this.stepSeconds = stepSeconds;
        this.warmUp = warmUp;
        this.rates = Map.of("morning", morning, "evening", evening);
        this.eveningAt = eveningAt;
    }

    void begin() {
        began = System.nanoTime();
    }

    /** A person arrives: the part of the day and the step of its arrival (-1: warming up). */
    Session start(Session session, String part) {
        double elapsed =
                (System.nanoTime() - began) / 1e9
                        - ("evening".equals(part) ? eveningAt : 0)
                        - warmUp;
        int step =
                elapsed < 0
                        ? -1
                        : Math.min(rates.get(part).length - 1, (int) (elapsed / stepSeconds));
        people.computeIfAbsent(new Key(part, step, ""), k -> new AtomicInteger()).incrementAndGet();
        load.merge(
                new Key(part, step, ""),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Math::max);
        return session.set("part", part).set("step", step);
    }

    void record(String part, int step, String kind, int millis, int status) {
        Key key = new Key(part, step, kind);
        if (millis >= 0) {
            times.computeIfAbsent(key, k -> new ConcurrentLinkedQueue<>()).add(millis);
        }
        if (millis < 0 || status == 0 || status >= 400 && status != 409) {
            errors.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    void print(PrintStream out) {
        for (String part : List.of("morning", "evening")) {
            double[] steps = rates.get(part);
            out.printf(
                    "%nLOAD %s (open loop, %d s per step): arrivals/s | people | saves/s |"
                            + " save p50/p95 ms | page p50/p95 ms | sign-in p95 ms | errors |"
                            + " load avg | ok%n",
                    part, stepSeconds);
            double best = -1;
            double bestSaves = 0;
            boolean held = true;
            for (int s = 0; s < steps.length; s++) {
                List<Integer> save = sorted(new Key(part, s, "save"));
                List<Integer> page = sorted(new Key(part, s, "page"));
                List<Integer> signIn = sorted(new Key(part, s, "sign-in"));
                int n = count(people, new Key(part, s, ""));
                int failed =
                        count(errors, new Key(part, s, "save"))
                                + count(errors, new Key(part, s, "page"))
                                + count(errors, new Key(part, s, "sign-in"));
                int requests = save.size() + page.size() + signIn.size() + failed;
                boolean ok =
                        n > 0
                                && (save.isEmpty() || p(save, 95) <= SAVE_P95_MS)
                                && p(page, 95) <= PAGE_P95_MS
                                && failed * 100 < requests;
                double savesPerSecond = save.size() / (double) stepSeconds;
                out.printf(
                        "LOAD %s %6.1f | %5d | %6.1f | %5d / %5d | %5d / %5d | %6d | %d | %4.1f"
                                + " | %s%n",
                        part,
                        steps[s],
                        n,
                        savesPerSecond,
                        p(save, 50),
                        p(save, 95),
                        p(page, 50),
                        p(page, 95),
                        p(signIn, 95),
                        failed,
                        load.getOrDefault(new Key(part, s, ""), 0.0),
                        ok ? "yes" : "NO");
                // sustained: this step and every lower one met the goals
                held &= ok;
                if (held) {
                    best = steps[s];
                    bestSaves = savesPerSecond;
                }
            }
            out.printf(
                    best < 0
                            ? "LOAD %s: no step met save p95 ≤ %d ms and page p95 ≤ %d ms%n"
                            : "LOAD %s: highest rate sustained (it and every lower step: save p95"
                                    + " ≤ %d ms, page p95 ≤ %d ms): %.1f arrivals/s, %.1f"
                                    + " saves/s%n",
                    part,
                    SAVE_P95_MS,
                    PAGE_P95_MS,
                    best,
                    bestSaves);
        }
    }

    private List<Integer> sorted(Key key) {
        List<Integer> values =
                new ArrayList<>(times.getOrDefault(key, new ConcurrentLinkedQueue<>()));
        values.sort(null);
        return values;
    }

    private static int count(Map<Key, AtomicInteger> counts, Key key) {
        AtomicInteger n = counts.get(key);
        return n == null ? 0 : n.get();
    }

    /** The nearest-rank percentile; 0 for no values. */
    static int p(List<Integer> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
