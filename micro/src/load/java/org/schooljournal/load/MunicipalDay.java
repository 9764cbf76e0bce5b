package org.schooljournal.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The load model of a municipal day (issue 11 item 4), open-loop: new people arrive at a fixed rate
 * whatever the server's answers, as at 8:30 and 19:00.
 *
 * <p><b>Morning</b>: a teacher signs in, opens the journal list, a journal's grid (the screen and
 * its data), marks attendance and three marks, thinking 1-4 s between. <b>Evening</b>: a parent
 * signs in, opens the diary screen, the child's marks and the messages. Each part runs in steps of
 * rising arrival rates ({@code journal.load.morning}, {@code journal.load.evening}, people per
 * second; {@code journal.load.step} seconds each); {@link StepStats} prints per step the p95 of
 * saves and of pages and the highest rate with save p95 ≤ 150 ms and page p95 ≤ 300 ms.
 *
 * <p>Run: {@code mvn -Pload -pl micro -am verify} against the build's test server with the small
 * demo, or {@code -Djournal.load.url=http://localhost:8080/journal} against a running installation
 * (e.g. {@code JOURNAL_DEMO=10x24x25x40 JOURNAL_DB=postgresql ./run.sh}) with {@code
 * -Djournal.load.people=SCHOOLSxTEACHERSxPARENTS} (logins {@code s<i>.teacher<j>}, {@code
 * s<i>.parent<k>}, password {@code demo}).
 */
public class MunicipalDay extends Simulation {
    static final String BASE =
            System.getProperty(
                    "journal.load.url",
                    System.getProperty("journal.url", "http://localhost:8080/journal"));
    static final double[] MORNING = rates("journal.load.morning", "1,2,4,6,8,12");
    static final double[] EVENING = rates("journal.load.evening", "2,4,8,12,16,24");
    static final int STEP = Integer.getInteger("journal.load.step", 30);

    /**
     * Seconds at half the first rate before each part's steps, not counted (JIT, pools, caches).
     */
    static final int WARM_UP = Integer.getInteger("journal.load.warmup", 20);

    static final int[] PEOPLE =
            Arrays.stream(System.getProperty("journal.load.people", "2x11x100").split("x"))
                    .mapToInt(Integer::parseInt)
                    .toArray();

    /** The evening starts when the morning's last arrivals are done. */
    static final int EVENING_AT = WARM_UP + MORNING.length * STEP + 30;

    /** A month whose lessons are all in the past: every cell takes a mark (late ones flagged). */
    static final String MONTH = YearMonth.now().minusMonths(1).toString();

    static final StepStats STATS = new StepStats(STEP, WARM_UP, MORNING, EVENING, EVENING_AT);

    HttpProtocolBuilder protocol =
            http.baseUrl(BASE)
                    .acceptHeader("application/json")
                    .acceptLanguageHeader("ru")
                    .acceptEncodingHeader("gzip")
                    .disableFollowRedirect()
                    .shareConnections();

    /** The login form (login.xhtml) as a browser posts it. */
    static ChainBuilder signIn(String kind) {
        return exec(http("login page")
                        .get("/login.xhtml")
                        .header("Accept", "text/html")
                        .check(
                                regex("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
                                        .transform(v -> v.replace("&#58;", ":"))
                                        .saveAs("viewState")))
                .exec(
                        timed(
                                "sign-in",
                                http("sign in " + kind)
                                        .post("/login.xhtml")
                                        .header("Accept", "text/html")
                                        .formParam("login", "login")
                                        .formParam("login:username", "#{login}")
                                        .formParam("login:password", "demo")
                                        .formParam("login:signIn", "")
                                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                                        // a refused sign-in answers the login page again (200)
                                        .check(status().is(302))));
    }

    /** A request whose answer time counts for its kind (page, save, sign-in) in its step. */
    static ChainBuilder timed(String kind, HttpRequestActionBuilder request) {
        return exec(request.check(responseTimeInMillis().saveAs("rt"), status().saveAs("status")))
                .exec(
                        session -> {
                            STATS.record(
                                    session.getString("part"),
                                    session.getInt("step"),
                                    kind,
                                    session.contains("rt") ? session.getInt("rt") : -1,
                                    session.contains("status") ? session.getInt("status") : 0);
                            return session.remove("rt").remove("status");
                        });
    }

    /**
     * A cell saved as the grid saves it (R-J01): the text and the text it replaces; a 409 names the
     * current text, and the save is sent again over it.
     */
    static ChainBuilder save(String text) {
        return exec(session -> {
                    List<Object> lessons = session.getList("lessons");
                    List<Object> pupils = session.getList("pupils");
                    ThreadLocalRandom r = ThreadLocalRandom.current();
                    return session.set("cell", lessons.get(r.nextInt(lessons.size())))
                            .set("pupil", pupils.get(r.nextInt(pupils.size())))
                            .set("text", text)
                            .set("expected", "")
                            .remove("current");
                })
                .exec(
                        timed(
                                "save",
                                put().check(jsonPath("$.current").optional().saveAs("current"))))
                .doIf(session -> session.contains("current"))
                .then(
                        exec(session -> session.set("expected", session.getString("current")))
                                .exec(timed("save", put())));
    }

    private static HttpRequestActionBuilder put() {
        return http("save cell")
                .put("/api/v1/lessons/#{cell}/cells/#{pupil}")
                .header("Sec-Fetch-Site", "same-origin")
                .header("Content-Type", "application/json")
                .body(StringBody("{\"text\":\"#{text}\",\"expected\":\"#{expected}\"}"))
                .check(status().in(200, 409));
    }

    static ChainBuilder think(int min, int max) {
        return pause(Duration.ofSeconds(min), Duration.ofSeconds(max));
    }

    ScenarioBuilder morning =
            scenario("morning: teachers")
                    .feed(logins("teacher", PEOPLE[1]))
                    .exec(session -> STATS.start(session, "morning"))
                    .exec(signIn("teacher"))
                    .exec(
                            timed(
                                    "page",
                                    http("journal list")
                                            .get("/api/v1/journals")
                                            .check(
                                                    jsonPath("$[*].assignmentId")
                                                            .findAll()
                                                            .saveAs("journals"))))
                    // the first journal of the list is one the teacher teaches (the others may be
                    // the class teacher's or a substitute's, read-only but for their own lessons)
                    .exec(session -> session.set("journal", session.getList("journals").get(0)))
                    .exec(
                            timed(
                                    "page",
                                    http("journal grid screen")
                                            .get(
                                                    "/teacher/journal.xhtml?id=#{journal}&month="
                                                            + MONTH)
                                            .header("Accept", "text/html")
                                            .check(status().is(200))))
                    .exec(
                            timed(
                                    "page",
                                    http("journal grid data")
                                            .get("/api/v1/journals/#{journal}?month=" + MONTH)
                                            .check(
                                                    jsonPath("$.lessons[?(@.writable == true)].id")
                                                            .findAll()
                                                            .saveAs("lessons"),
                                                    jsonPath("$.pupils[*].id")
                                                            .findAll()
                                                            .saveAs("pupils"))))
                    .exitHereIfFailed()
                    .exec(think(2, 4))
                    .exec(save("н"))
                    .repeat(3)
                    .on(exec(think(1, 3)).exec(save("5")));

    ScenarioBuilder evening =
            scenario("evening: parents")
                    .feed(logins("parent", PEOPLE[2]))
                    .exec(session -> STATS.start(session, "evening"))
                    .exec(signIn("parent"))
                    .exec(
                            timed(
                                    "page",
                                    http("diary screen")
                                            .get("/diary/diary.xhtml")
                                            .header("Accept", "text/html")
                                            .check(status().is(200))))
                    .exec(
                            timed(
                                    "page",
                                    http("children")
                                            .get("/api/v1/diary/children")
                                            .check(jsonPath("$[0].pupilId").saveAs("child"))))
                    .exitHereIfFailed()
                    .exec(
                            timed(
                                    "page",
                                    http("diary marks").get("/api/v1/diary/pupils/#{child}/marks")))
                    .exec(think(1, 3))
                    .exec(
                            timed(
                                    "page",
                                    http("diary messages")
                                            .get("/api/v1/diary/pupils/#{child}/messages")));

    {
        List<OpenInjectionStep> evening = new ArrayList<>();
        evening.add(nothingFor(Duration.ofSeconds(EVENING_AT)));
        evening.addAll(steps(EVENING));
        setUp(this.morning.injectOpen(steps(MORNING)), this.evening.injectOpen(evening))
                .protocols(protocol);
    }

    @Override
    public void before() {
        STATS.begin();
    }

    @Override
    public void after() {
        STATS.print(System.out);
    }

    private static List<OpenInjectionStep> steps(double[] rates) {
        List<OpenInjectionStep> steps = new ArrayList<>();
        steps.add(constantUsersPerSec(rates[0] / 2).during(Duration.ofSeconds(WARM_UP)));
        for (double rate : rates) {
            steps.add(constantUsersPerSec(rate).during(Duration.ofSeconds(STEP)));
        }
        return steps;
    }

    /** Every school's teachers (or parents) in turn, round and round. */
    private static Iterator<Map<String, Object>> logins(String role, int perSchool) {
        AtomicInteger next = new AtomicInteger();
        Function<Integer, Map<String, Object>> login =
                n -> {
                    int school = n % PEOPLE[0] + 1;
                    int person = (n / PEOPLE[0]) % perSchool + 1;
                    return Map.of("login", "s" + school + "." + role + person);
                };
        return Stream.generate(() -> login.apply(next.getAndIncrement())).iterator();
    }

    private static double[] rates(String property, String defaults) {
        return Arrays.stream(System.getProperty(property, defaults).split(","))
                .mapToDouble(Double::parseDouble)
                .toArray();
    }
}
