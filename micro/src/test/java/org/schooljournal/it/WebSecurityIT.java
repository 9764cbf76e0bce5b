package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.Fixtures;
import org.schooljournal.testing.FormLogin;
import org.schooljournal.testing.PeriodSignature;
import org.schooljournal.testing.SharedServer;
import org.schooljournal.testing.TestDatabase;

/**
 * Web security of the packaged application on Payara Micro with PostgreSQL, black-box over HTTP:
 * cross-site request forgery against the API, the session cookie, the response headers, what is not
 * public (R-A03), and open sessions of an account that is locked, disabled or gets a new password
 * (R-A02). Works in a school of its own (Fixtures): its teacher's journal is signed here, its pupil
 * and parents are locked, disabled and get new passwords.
 */
class WebSecurityIT {
    private static final String FOREIGN = "https://evil.example";

    /** The school of the class's tests, made once: they sign, lock and re-password only in it. */
    private static Fixtures.Journal journal;

    /** A journal of the same school that {@link #journal}'s teacher may not read. */
    private static Fixtures.Journal otherTeachers;

    private static Fixtures.Family family;

    /** The journal's teacher, who signs here. */
    private static ApiClient teacher;

    final URL base = SharedServer.url();

    private String root;
    private String origin;
    private final HttpClient plain =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    @BeforeAll
    static void school() {
        Fixtures.School school = Fixtures.school(SharedServer.url().toString(), "WebSecurityIT");
        journal = school.journal(5, "А", 1);
        otherTeachers = school.journal(5, "Б", 1);
        family = school.family(6, "А", 2);
        teacher = journal.teacher().client();
    }

    @BeforeEach
    void addresses() {
        root = base.toString().replaceAll("/$", "");
        origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    /** Basic credentials of the account, as an API client sends them. */
    private static String basic(ApiClient account) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (account.login() + ":" + account.password())
                                        .getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
            throws Exception {
        return client.send(
                request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A POST as a page of another site sends it: a form, with the browser's own cookies. */
    private HttpRequest.Builder formPost(String apiPath, Map<String, String> headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(root + "/api/v1" + apiPath))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("confirm=yes"));
        headers.forEach(request::header);
        return request;
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** The signature of the journal's first period, which only this class signs. */
    private static PeriodSignature signature() {
        return PeriodSignature.of(teacher, journal.assignmentId(), 0);
    }

    private static boolean locked(ApiClient teacher, String lock) {
        var period = teacher.get(lock.replace("/lock", ""));
        assertThat(period.status()).as(period.toString()).isEqualTo(200);
        return period.object().getBoolean("locked");
    }

    @Test
    @DisplayName(
            "R-A03 a cross-site form POST with only the session cookie is refused 403 (problem detail, Russian or English) and changes nothing: foreign Origin, cross-site or same-site fetch metadata, or no proof at all")
    void crossSiteFormPostRefused() throws Exception {
        PeriodSignature signed = signature();
        String signature = signed.path();
        String lock = signed.lockPath();
        int before = signed.history().size();
        boolean lockedBefore = locked(teacher, lock);
        HttpClient browser = FormLogin.session(root, teacher);

        var foreignOrigin = send(browser, formPost(signature, Map.of("Origin", FOREIGN)));
        var modernBrowser =
                send(
                        browser,
                        formPost(
                                signature,
                                Map.of(
                                        "Origin",
                                        FOREIGN,
                                        "Sec-Fetch-Site",
                                        "cross-site",
                                        "Accept-Language",
                                        "en")));
        var sameSite =
                send(
                        browser,
                        formPost(
                                signature,
                                Map.of(
                                        "Origin",
                                        "https://other.example",
                                        "Sec-Fetch-Site",
                                        "same-site")));
        var noProof = send(browser, formPost(signature, Map.of()));
        var nullOrigin = send(browser, formPost(signature, Map.of("Origin", "null")));
        var lockPeriod = send(browser, formPost(lock, Map.of("Origin", FOREIGN)));
        var deleteMark =
                send(
                        browser,
                        HttpRequest.newBuilder(URI.create(root + "/api/v1/lessons/1/marks/1"))
                                .header("Origin", FOREIGN)
                                .DELETE());

        for (var refused :
                new HttpResponse<?>[] {
                    foreignOrigin,
                    modernBrowser,
                    sameSite,
                    noProof,
                    nullOrigin,
                    lockPeriod,
                    deleteMark
                }) {
            assertThat(refused.statusCode())
                    .as(refused.request() + " " + refused.body())
                    .isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("application/problem+json");
        }
        assertThat(json(foreignOrigin).getString("detail")).contains("не со страниц журнала");
        assertThat(json(foreignOrigin).getInt("status")).isEqualTo(403);
        assertThat(json(modernBrowser).getString("detail"))
                .contains("did not come from the journal's own pages");
        assertThat(signed.history().size()).as("nothing was signed").isEqualTo(before);
        assertThat(locked(teacher, lock))
                .as("the period's lock is unchanged")
                .isEqualTo(lockedBefore);
    }

    @Test
    @DisplayName(
            "R-A03 the same POST from the journal's own pages is allowed: Origin equal to the application's origin, or Sec-Fetch-Site same-origin as the grid's fetch sends it")
    void sameOriginPostAllowed() throws Exception {
        PeriodSignature signed = signature();
        String signature = signed.path();
        int before = signed.history().size();
        HttpClient browser = FormLogin.session(root, teacher);

        var ownOrigin = send(browser, formPost(signature, Map.of("Origin", origin)));
        var asTheGrid =
                send(
                        browser,
                        formPost(
                                signature,
                                Map.of(
                                        "Origin",
                                        origin,
                                        "Sec-Fetch-Site",
                                        "same-origin",
                                        "Sec-Fetch-Mode",
                                        "cors")));

        assertThat(ownOrigin.statusCode()).as(ownOrigin.body()).isEqualTo(200);
        assertThat(asTheGrid.statusCode()).as(asTheGrid.body()).isEqualTo(200);
        assertThat(signed.history().size()).isEqualTo(before + 2);
    }

    @Test
    @DisplayName(
            "R-A03 an API client signed in with HTTP Basic and no Origin may POST; a Basic request a page of another site sends (a password the browser remembers) is refused")
    void basicClientsExempt() throws Exception {
        PeriodSignature signed = signature();
        String signature = signed.path();
        int before = signed.history().size();
        String basic = basic(teacher);

        var client = signed.sign();
        var fromOtherSite =
                send(
                        plain,
                        formPost(
                                signature,
                                Map.of(
                                        "Authorization",
                                        basic,
                                        "Origin",
                                        FOREIGN,
                                        "Sec-Fetch-Site",
                                        "cross-site")));

        assertThat(client.status()).as(client.toString()).isEqualTo(200);
        assertThat(fromOtherSite.statusCode()).isEqualTo(403);
        assertThat(signed.history().size()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName(
            "R-A03 the session cookie is HttpOnly and SameSite=Lax, and has a new id after sign-in")
    void sessionCookie() throws Exception {
        var page = send(plain, HttpRequest.newBuilder(URI.create(root + "/login.xhtml")).GET());

        String cookie =
                page.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("JSESSIONID="))
                        .findFirst()
                        .orElseThrow(
                                () -> new AssertionError("no session cookie: " + page.headers()));
        assertThat(cookie)
                .containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=Lax");
    }

    @Test
    @DisplayName(
            "R-A03 pages and API answers carry CSP (frame-ancestors, object-src, base-uri), nosniff, Referrer-Policy, X-Frame-Options and Cache-Control no-store; static resources may be cached; no X-Powered-By")
    void securityHeaders() throws Exception {
        HttpClient browser = FormLogin.session(root, teacher);
        var login = send(plain, HttpRequest.newBuilder(URI.create(root + "/login.xhtml")).GET());
        var home =
                send(browser, HttpRequest.newBuilder(URI.create(root + "/app/home.xhtml")).GET());
        var journals =
                send(
                        browser,
                        HttpRequest.newBuilder(URI.create(root + "/api/v1/journals"))
                                .header("Accept", "application/json")
                                .GET());
        var unauthorized =
                send(plain, HttpRequest.newBuilder(URI.create(root + "/api/v1/journals")).GET());
        var refused = send(browser, formPost("/journals/1/periods/1/lock", Map.of()));
        Matcher css =
                Pattern.compile("href=\"([^\"]*jakarta\\.faces\\.resource/journal\\.css[^\"]*)\"")
                        .matcher(login.body());
        assertThat(css.find()).as("the login page links journal.css").isTrue();
        var stylesheet =
                send(
                        plain,
                        HttpRequest.newBuilder(
                                        URI.create(origin + css.group(1).replace("&amp;", "&")))
                                .GET());

        assertThat(home.uri().getPath()).endsWith("/app/home.xhtml");
        assertThat(journals.statusCode()).isEqualTo(200);
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        for (var response :
                new HttpResponse<?>[] {login, home, journals, unauthorized, refused, stylesheet}) {
            var headers = response.headers();
            String what = response.uri() + " " + response.statusCode();
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(what)
                    .hasValueSatisfying(
                            csp ->
                                    assertThat(csp)
                                            .contains(
                                                    "frame-ancestors 'self'",
                                                    "object-src 'none'",
                                                    "base-uri 'self'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
            assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("SAMEORIGIN");
            assertThat(headers.firstValue("X-Powered-By")).as(what).isEmpty();
            if (response != stylesheet) {
                assertThat(headers.firstValue("Cache-Control")).as(what).hasValue("no-store");
            }
        }
        assertThat(stylesheet.headers().firstValue("Cache-Control").orElse(""))
                .doesNotContain("no-store");
    }

    @Test
    @DisplayName(
            "R-A03 Content-Security-Policy without inline script: one policy per response, script-src 'self' with the page's nonce, no 'unsafe-inline' or 'unsafe-eval'; every script of the pages (journal, period and year marks, summary sheet) carries that nonce and no element has an on* handler attribute")
    void noInlineScript() throws Exception {
        HttpClient browser = FormLogin.session(root, teacher);
        long journal = WebSecurityIT.journal.assignmentId();
        long period =
                teacher.get("/journals/" + journal + "/periods")
                        .array()
                        .getJsonObject(0)
                        .getJsonNumber("periodId")
                        .longValue();
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\ssrc=)([^>]*)>");
        Pattern handler = Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+\\s*=", Pattern.DOTALL);
        for (String page :
                new String[] {
                    "/login.xhtml",
                    "/app/home.xhtml",
                    "/teacher/journal.xhtml?id=" + journal,
                    "/teacher/period-marks.xhtml?id=" + journal + "&period=" + period,
                    "/teacher/year-marks.xhtml?id=" + journal,
                    "/teacher/journals.xhtml"
                }) {
            var response = send(browser, HttpRequest.newBuilder(URI.create(root + page)).GET());
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            var policies = response.headers().allValues("Content-Security-Policy");
            assertThat(policies).as(page + ": one policy").hasSize(1);
            String policy = policies.get(0);
            String scripts =
                    java.util.Arrays.stream(policy.split(";"))
                            .map(String::strip)
                            .filter(d -> d.startsWith("script-src "))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError(page + ": " + policy));
            assertThat(scripts)
                    .as(page)
                    .contains("'self'")
                    .doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*", "data:");
            assertThat(policy).contains("frame-ancestors 'self'", "object-src 'none'");
            Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(scripts);
            assertThat(nonce.find()).as(page + ": a nonce in " + scripts).isTrue();
            Matcher script = inlineScript.matcher(response.body());
            int inline = 0;
            while (script.find()) {
                inline++;
                assertThat(script.group(1))
                        .as(page + ": inline script " + script.group())
                        .contains("nonce=\"" + nonce.group(1) + "\"");
            }
            assertThat(inline).as(page + ": PrimeFaces' own scripts are there").isPositive();
            Matcher onHandler = handler.matcher(response.body());
            assertThat(onHandler.find())
                    .as(page + ": " + (onHandler.hitEnd() ? "" : onHandler.group()))
                    .isFalse();
        }
    }

    /** Switches the session's screens to English, as the EN link of the page header does. */
    private void english(HttpClient browser) throws Exception {
        var home =
                send(browser, HttpRequest.newBuilder(URI.create(root + "/app/home.xhtml")).GET());
        Matcher state =
                Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
                        .matcher(home.body());
        assertThat(state.find()).isTrue();
        String form =
                "account=account&account%3Aen=account%3Aen&jakarta.faces.ViewState="
                        + java.net.URLEncoder.encode(
                                state.group(1).replace("&#58;", ":").replace("&amp;", "&"),
                                StandardCharsets.UTF_8);
        var switched =
                send(
                        browser,
                        HttpRequest.newBuilder(URI.create(root + "/app/home.xhtml"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Origin", origin)
                                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(switched.body()).as("switched to English").contains(">Sign out<");
    }

    @Test
    @DisplayName(
            "R-A03 a page of a missing or another school's journal answers 404, of another teacher's journal 403, each saying so in the user's language (Russian by default, English) with a link home")
    void refusedPages() throws Exception {
        long own = journal.assignmentId();
        long otherTeachers = WebSecurityIT.otherTeachers.assignmentId();
        assertThat(teacher.get("/journals/" + otherTeachers + "/periods").status())
                .as("a journal of the school that the teacher may not read")
                .isEqualTo(403);
        // another school's: the demo's, only read
        long otherSchools =
                ApiClient.as(root, Demo.TEACHER, Demo.PASSWORD)
                        .get("/journals")
                        .array()
                        .getJsonObject(0)
                        .getJsonNumber("assignmentId")
                        .longValue();

        HttpClient browser = FormLogin.session(root, teacher);
        for (String language : new String[] {"ru", "en"}) {
            if (language.equals("en")) {
                english(browser);
            }
            var ownPage = page(browser, "/teacher/journal.xhtml?id=" + own);
            var missing = page(browser, "/teacher/journal.xhtml?id=987654321");
            var foreign = page(browser, "/teacher/journal.xhtml?id=" + otherSchools);
            var foreignMarks = page(browser, "/teacher/year-marks.xhtml?id=" + otherSchools);
            var foreignPeriod = page(browser, "/teacher/period-marks.xhtml?id=" + otherSchools);
            var forbidden = page(browser, "/teacher/journal.xhtml?id=" + otherTeachers);
            var forbiddenMarks = page(browser, "/teacher/year-marks.xhtml?id=" + otherTeachers);

            assertThat(ownPage.statusCode()).isEqualTo(200);
            String notFound = language.equals("en") ? "Page not found" : "Страница не найдена";
            String denied = language.equals("en") ? "Access denied" : "Нет доступа";
            for (var response : java.util.List.of(missing, foreign, foreignMarks, foreignPeriod)) {
                assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(404);
                assertThat(response.body())
                        .as(response.uri().toString())
                        .contains("<h1>" + notFound + "</h1>")
                        .doesNotContain(denied)
                        .containsPattern("<a [^>]*href=\"[^\"]*/app/home\\.xhtml\"");
            }
            for (var response : java.util.List.of(forbidden, forbiddenMarks)) {
                assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(403);
                assertThat(response.body())
                        .as(response.uri().toString())
                        .contains("<h1>" + denied + "</h1>")
                        .doesNotContain(notFound)
                        .containsPattern("<a [^>]*href=\"[^\"]*/app/home\\.xhtml\"");
            }
        }
    }

    private HttpResponse<String> page(HttpClient browser, String path) throws Exception {
        return send(browser, HttpRequest.newBuilder(URI.create(root + path)).GET());
    }

    @Test
    @DisplayName(
            "R-A02 the journal's sign-in link (login.xhtml?next=) returns to the same journal page after signing in, as does a page that asked for a sign-in; a next page of another site goes home (no open redirect)")
    void signInReturnsToNext() throws Exception {
        long journal = WebSecurityIT.journal.assignmentId();
        String gridPath =
                base.getPath().replaceAll("/$", "")
                        + "/teacher/journal.xhtml?id="
                        + journal
                        + "&month=2026-11";

        var back = signInWith(gridPath);
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.uri().getPath() + "?" + back.uri().getQuery()).isEqualTo(gridPath);

        var evil = signInWith("//evil.example/journal/app/home.xhtml");
        assertThat(evil.uri().getHost()).isEqualTo(base.getHost());
        assertThat(evil.uri().getPath()).endsWith("/app/home.xhtml");
        var backslash = signInWith("/\\evil.example");
        assertThat(backslash.uri().getHost()).isEqualTo(base.getHost());
        assertThat(backslash.uri().getPath()).endsWith("/app/home.xhtml");

        HttpClient fresh =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .cookieHandler(new java.net.CookieManager())
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
        var asked = send(fresh, HttpRequest.newBuilder(URI.create(origin + gridPath)).GET());
        assertThat(asked.uri().getPath()).endsWith("/login.xhtml");
        assertThat(asked.uri().getQuery()).isEqualTo("next=" + gridPath);
    }

    /**
     * Signs in as the journal's teacher on login.xhtml?next=…, submitting the form as a browser
     * does.
     */
    private HttpResponse<String> signInWith(String next) throws Exception {
        HttpClient browser =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .cookieHandler(new java.net.CookieManager())
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
        URI login =
                URI.create(
                        root
                                + "/login.xhtml?next="
                                + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8));
        var page = send(browser, HttpRequest.newBuilder(login).GET());
        Matcher state =
                Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
                        .matcher(page.body());
        Matcher hidden =
                Pattern.compile("name=\"login:next\"[^>]*value=\"([^\"]*)\"").matcher(page.body());
        assertThat(state.find()).isTrue();
        assertThat(hidden.find()).as("the form carries next").isTrue();
        String form =
                java.util.stream.Stream.of(
                                new String[] {"login", "login"},
                                new String[] {"login:username", teacher.login()},
                                new String[] {"login:password", teacher.password()},
                                new String[] {"login:next", unescape(hidden.group(1))},
                                new String[] {"login:signIn", ""},
                                new String[] {"jakarta.faces.ViewState", unescape(state.group(1))})
                        .map(
                                f ->
                                        java.net.URLEncoder.encode(f[0], StandardCharsets.UTF_8)
                                                + "="
                                                + java.net.URLEncoder.encode(
                                                        f[1], StandardCharsets.UTF_8))
                        .collect(java.util.stream.Collectors.joining("&"));
        return send(
                browser,
                HttpRequest.newBuilder(URI.create(root + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", origin)
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static String unescape(String html) {
        return html.replace("&#58;", ":")
                .replace("&#47;", "/")
                .replace("&#92;", "\\")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    @Test
    @DisplayName("R-A03 the API's generated WADL is not published")
    void noWadl() throws Exception {
        var wadl = teacher.get("/application.wadl", "application/vnd.sun.wadl+xml");
        var options =
                send(
                        plain,
                        HttpRequest.newBuilder(URI.create(root + "/api/v1/journals"))
                                .header("Authorization", basic(teacher))
                                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(wadl.status()).as(wadl.toString()).isEqualTo(404);
        assertThat(wadl.body()).doesNotContain("wadl.dev.java.net");
        assertThat(options.body()).doesNotContain("wadl.dev.java.net");
    }

    @Test
    @DisplayName(
            "R-A03 an expired or absent session in a browser page gets a 401 problem detail without the Basic challenge (no password box); an API client is still challenged")
    void noBasicChallengeToBrowsers() throws Exception {
        HttpRequest.Builder grid =
                HttpRequest.newBuilder(URI.create(root + "/api/v1/journals"))
                        .header("Accept", "application/json")
                        .header("Sec-Fetch-Site", "same-origin")
                        .header("Sec-Fetch-Mode", "cors");
        var expiredSession = send(plain, grid.copy().header("Cookie", "JSESSIONID=ended0000"));
        var noSession = send(plain, grid.copy());
        var scripted =
                send(
                        plain,
                        HttpRequest.newBuilder(URI.create(root + "/api/v1/journals"))
                                .header("X-Requested-With", "XMLHttpRequest"));
        var expiredPut =
                send(
                        plain,
                        HttpRequest.newBuilder(URI.create(root + "/api/v1/lessons/1/marks/1"))
                                .header("Cookie", "JSESSIONID=ended0000")
                                .header("Content-Type", "application/json")
                                .header("Origin", origin)
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":\"5\"}")));
        var apiClient = send(plain, HttpRequest.newBuilder(URI.create(root + "/api/v1/journals")));
        var wrong =
                send(
                        plain,
                        HttpRequest.newBuilder(URI.create(root + "/api/v1/journals"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                (otherTeachers.teacher().login()
                                                                                + ":wrong")
                                                                        .getBytes(
                                                                                StandardCharsets
                                                                                        .UTF_8)))
                                .header("Sec-Fetch-Mode", "cors"));

        for (var browserLike :
                new HttpResponse<?>[] {expiredSession, noSession, scripted, expiredPut}) {
            assertThat(browserLike.statusCode())
                    .as(browserLike.request().toString())
                    .isEqualTo(401);
            assertThat(browserLike.headers().firstValue("WWW-Authenticate"))
                    .as(browserLike.request().toString())
                    .isEmpty();
            assertThat(browserLike.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("application/problem+json");
        }
        assertThat(json(expiredSession).getString("detail")).contains("Войдите");
        assertThat(apiClient.statusCode()).isEqualTo(401);
        assertThat(apiClient.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic "));
        assertThat(wrong.statusCode()).as("tried Basic: challenged again").isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    @DisplayName(
            "R-A02 a locked account loses its open session at the next request (API and pages); the right password during the lock does not extend it")
    void lockedAccountLosesSession() throws Exception {
        ApiClient pupil = family.pupils().get(0).client();
        String victim = pupil.login();
        HttpClient browser = FormLogin.session(root, pupil);
        HttpRequest.Builder children =
                HttpRequest.newBuilder(URI.create(root + "/api/v1/diary/children"))
                        .header("Accept", "application/json");
        assertThat(send(browser, children.copy()).statusCode()).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(ApiClient.as(root, victim, "guess" + i).get("/diary/children").status())
                    .isEqualTo(401);
        }
        OffsetDateTime lockedUntil = lockedUntil(victim);
        var rightPassword = pupil.get("/diary/children");
        for (int i = 0; i < 5; i++) {
            ApiClient.as(root, victim, "again" + i).get("/diary/children");
        }

        var afterLock = send(browser, children.copy());
        var page = send(browser, HttpRequest.newBuilder(URI.create(root + "/app/home.xhtml")));
        assertThat(lockedUntil).isAfter(OffsetDateTime.now());
        assertThat(rightPassword.status()).as("locked even with the right password").isEqualTo(401);
        assertThat(lockedUntil(victim)).as("the lock was not extended").isEqualTo(lockedUntil);
        assertThat(afterLock.statusCode()).isEqualTo(401);
        assertThat(afterLock.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(page.uri().getPath()).endsWith("/login.xhtml");
    }

    @Test
    @DisplayName(
            "R-A02 a new password or a disabled account ends the account's open sessions; signing in afresh works")
    void newPasswordOrDisabledEndsSessions() throws Exception {
        HttpRequest.Builder children =
                HttpRequest.newBuilder(URI.create(root + "/api/v1/diary/children"))
                        .header("Accept", "application/json");
        ApiClient firstParent = family.parents().get(0).client();
        ApiClient secondParent = family.parents().get(1).client();
        String repassworded = firstParent.login();
        String disabled = secondParent.login();
        HttpClient first = FormLogin.session(root, firstParent);
        HttpClient second = FormLogin.session(root, secondParent);
        assertThat(send(first, children.copy()).statusCode()).isEqualTo(200);
        assertThat(send(second, children.copy()).statusCode()).isEqualTo(200);

        // an administrator sets a new password (here the same words with a new salt) and disables
        try (Connection db = TestDatabase.owner()) {
            String hash = passwordHash(db, repassworded);
            update(
                    db,
                    "update account set password_hash = ? where login = ?",
                    rehash(hash, firstParent.password()),
                    repassworded);
            update(db, "update account set enabled = false where login = ?", disabled);
        }
        var afterNewPassword = send(first, children.copy());
        var whileDisabled = send(second, children.copy());
        try (Connection db = TestDatabase.owner()) {
            update(db, "update account set enabled = true where login = ?", disabled);
        }
        var stillEnded = send(second, children.copy());

        assertThat(afterNewPassword.statusCode()).isEqualTo(401);
        assertThat(whileDisabled.statusCode()).isEqualTo(401);
        assertThat(stillEnded.statusCode())
                .as("the session ended when it was refused; enabling again does not revive it")
                .isEqualTo(401);
        assertThat(send(FormLogin.session(root, firstParent), children.copy()).statusCode())
                .isEqualTo(200);
        assertThat(send(FormLogin.session(root, secondParent), children.copy()).statusCode())
                .isEqualTo(200);
    }

    private static OffsetDateTime lockedUntil(String login) throws SQLException {
        try (Connection db = TestDatabase.owner();
                PreparedStatement select =
                        db.prepareStatement("select locked_until from account where login = ?")) {
            select.setString(1, login);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getObject(1, OffsetDateTime.class);
            }
        }
    }

    private static String passwordHash(Connection db, String login) throws SQLException {
        try (PreparedStatement select =
                db.prepareStatement("select password_hash from account where login = ?")) {
            select.setString(1, login);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private static void update(Connection db, String sql, String... values) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setString(i + 1, values[i]);
            }
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /**
     * The password hashed again with a new salt, in the stored PBKDF2 format {@code
     * algorithm:iterations:salt:hash}: a new password hash that still signs in with the same words.
     */
    private static String rehash(String stored, String password) throws Exception {
        String[] parts = stored.split(":");
        assertThat(parts).as(stored).hasSize(4);
        byte[] salt = new byte[Base64.getDecoder().decode(parts[2]).length];
        new SecureRandom().nextBytes(salt);
        int keyBits = Base64.getDecoder().decode(parts[3]).length * 8;
        byte[] hash =
                SecretKeyFactory.getInstance(parts[0])
                        .generateSecret(
                                new PBEKeySpec(
                                        password.toCharArray(),
                                        salt,
                                        Integer.parseInt(parts[1]),
                                        keyBits))
                        .getEncoded();
        String renewed =
                parts[0]
                        + ":"
                        + parts[1]
                        + ":"
                        + Base64.getEncoder().encodeToString(salt)
                        + ":"
                        + Base64.getEncoder().encodeToString(hash);
        assertThat(renewed).isNotEqualTo(stored);
        return renewed;
    }
}
