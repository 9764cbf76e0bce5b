package org.schooljournal.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The morning rush of parents (issue 13), open-loop as {@code MorningRush} models it in Gatling:
 * parents arrive at a fixed rate whatever the answers, each on its own thread with its own cookies;
 * each signs in with the login form, opens the diary screen, its children and the week (the
 * screen's one call). Distinct parents of every school in turn ({@code s<i>.parent<k>}). Records
 * the answer time of each request by kind; a request answered other than expected is an error.
 */
final class ParentRush {
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PUPIL = Pattern.compile("\"pupilId\"\\s*:\\s*(\\d+)");

    private final String base;
    private final int schools;
    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .executor(Executors.newFixedThreadPool(8))
                    .build();
    final Map<String, Queue<Long>> times = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger busiest = new AtomicInteger();
    private final AtomicInteger busy = new AtomicInteger();

    ParentRush(String base, int schools) {
        this.base = base;
        this.schools = schools;
    }

    /** Runs {@code parents} arrivals evenly over {@code seconds}; returns the wall time in s. */
    double run(int parents, int seconds) throws InterruptedException {
        ExecutorService visits = Executors.newCachedThreadPool();
        ScheduledExecutorService arrivals = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger next = new AtomicInteger();
        long periodMicros = seconds * 1_000_000L / parents;
        long began = System.nanoTime();
        arrivals.scheduleAtFixedRate(
                () -> {
                    int n = next.getAndIncrement();
                    if (n >= parents) {
                        return;
                    }
                    String login = "s" + (n % schools + 1) + ".parent" + (n / schools + 1);
                    visits.execute(() -> visit(login));
                },
                0,
                periodMicros,
                TimeUnit.MICROSECONDS);
        while (next.get() < parents) {
            Thread.sleep(200);
        }
        arrivals.shutdownNow();
        visits.shutdown();
        visits.awaitTermination(5, TimeUnit.MINUTES);
        return (System.nanoTime() - began) / 1e9;
    }

    private void visit(String login) {
        busiest.accumulateAndGet(busy.incrementAndGet(), Math::max);
        Map<String, String> cookies = new LinkedHashMap<>();
        try {
            HttpResponse<String> form = get("/login.xhtml", "text/html", cookies, null);
            Matcher state = VIEW_STATE.matcher(form.body());
            if (!state.find()) {
                error("sign-in");
                return;
            }
            String body =
                    form(
                            Map.of(
                                    "login", "login",
                                    "login:username", login,
                                    "login:password", "demo",
                                    "login:signIn", "",
                                    "jakarta.faces.ViewState",
                                            state.group(1).replace("&#58;", ":")));
            HttpRequest post =
                    request("/login.xhtml", "text/html", cookies)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build();
            HttpResponse<String> signedIn = timed("sign-in", post, cookies);
            if (signedIn.statusCode() != 302) {
                error("sign-in");
                return;
            }
            if (get("/diary/diary.xhtml", "text/html", cookies, "diary page").statusCode() != 200) {
                error("diary page");
            }
            HttpResponse<String> children =
                    get("/api/v1/diary/children", "application/json", cookies, "api");
            Matcher pupil = PUPIL.matcher(children.body());
            if (children.statusCode() != 200 || !pupil.find()) {
                error("api");
                return;
            }
            if (get(
                                    "/api/v1/diary/week?pupil=" + pupil.group(1),
                                    "application/json",
                                    cookies,
                                    "api")
                            .statusCode()
                    != 200) {
                error("api");
            }
        } catch (Exception failed) {
            error("sign-in");
        } finally {
            busy.decrementAndGet();
            done.incrementAndGet();
        }
    }

    private HttpResponse<String> get(
            String path, String accept, Map<String, String> cookies, String kind) throws Exception {
        HttpRequest request = request(path, accept, cookies).GET().build();
        return kind == null ? send(request, cookies) : timed(kind, request, cookies);
    }

    private HttpResponse<String> timed(String kind, HttpRequest request, Map<String, String> c)
            throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> r = send(request, c);
        times.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>())
                .add(System.nanoTime() - started);
        return r;
    }

    private HttpResponse<String> send(HttpRequest request, Map<String, String> cookies)
            throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (String header : r.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return r;
    }

    private HttpRequest.Builder request(String path, String accept, Map<String, String> cookies) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(120))
                        .header("Accept", accept)
                        .header("Accept-Language", "ru");
        if (!cookies.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            cookies.forEach((k, v) -> pairs.add(k + "=" + v));
            b.header("Cookie", String.join("; ", pairs));
        }
        return b;
    }

    private void error(String kind) {
        errors.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    private static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        for (var f : fields.entrySet()) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
