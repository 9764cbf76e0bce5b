package org.schooljournal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Opens every screen of the application as its users reach it: signed in through the login form,
 * each role follows the links of its pages (breadth first, each screen once) and every page must
 * answer 200 with itself, not the error page or a redirect to the sign-in. The screens are the
 * {@code .xhtml} files of the web module, so a new screen that no role can open fails the crawl.
 */
public final class ScreenCrawl {
    /** Screens that are not a role's workplace: reached before or outside a session. */
    private static final Set<String> OUTSIDE = Set.of("/login.xhtml", "/error.xhtml");

    private static final Pattern LINK =
            Pattern.compile(
                    "<a [^>]*href=\"(/journal/(?!jakarta\\.faces\\.resource)[^\"#]*?\\.xhtml(?:\\?[^\"#]*)?)\"");

    private final String base;
    private final Map<String, String> visited = new LinkedHashMap<>();

    public ScreenCrawl(String base) {
        this.base = base;
    }

    /**
     * Signs in as {@code login} and opens its home page, the screens it reaches by address rather
     * than by a link ({@code byAddress}: a redirect's target, an old bookmark), and every screen
     * linked from the pages it opens that no earlier role has opened.
     */
    public void as(String login, String... byAddress) throws Exception {
        HttpClient browser = FormLogin.session(base, login);
        Deque<String> next = new ArrayDeque<>(List.of("/journal/app/home.xhtml"));
        next.addAll(List.of(byAddress));
        Set<String> queued = new TreeSet<>();
        while (!next.isEmpty()) {
            String target = next.poll();
            String body = open(browser, login, target);
            Matcher links = LINK.matcher(body);
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                String path = path(link);
                // Each screen once in the whole crawl, except a role's own home page.
                if (!visited.containsKey(path) && queued.add(path) && !path.contains("logout")) {
                    next.add(link);
                }
            }
        }
    }

    private String open(HttpClient browser, String login, String target)
            throws IOException, InterruptedException {
        HttpResponse<String> page =
                browser.send(
                        HttpRequest.newBuilder(URI.create(origin() + target))
                                .timeout(Duration.ofSeconds(60))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String what = login + " opening " + target;
        assertThat(page.statusCode()).as(what).isEqualTo(200);
        assertThat(page.uri().getPath()).as(what + ": not sent elsewhere").isEqualTo(path(target));
        assertThat(page.body())
                .as(what + ": a page of its own, not the error page")
                .contains("</html>")
                .doesNotContain("id=\"error\"")
                // a stack trace (the page's own scripts name ViewExpiredException, so a name alone
                // is no sign)
                .doesNotContainPattern("Exception: |\\sat [a-z]+(\\.[A-Za-z0-9_$]+)+\\(");
        visited.putIfAbsent(path(target), login);
        return page.body();
    }

    /**
     * Every screen of the web module was opened by some role.
     *
     * @param webapp the web module's {@code src/main/webapp}
     */
    public void coversEveryScreenOf(Path webapp) throws IOException {
        Set<String> screens;
        try (Stream<Path> files = Files.walk(webapp)) {
            screens =
                    files.filter(f -> f.toString().endsWith(".xhtml"))
                            .map(f -> "/journal/" + webapp.relativize(f).toString())
                            .filter(s -> !s.contains("/WEB-INF/") && !s.contains("/resources/"))
                            .filter(s -> !OUTSIDE.contains(s.substring("/journal".length())))
                            .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(screens).as("screens found in %s", webapp).hasSizeGreaterThan(30);
        assertThat(visited.keySet())
                .as("screens opened, by whom: %s", visited)
                .containsAll(screens);
    }

    private String origin() {
        URI uri = URI.create(base);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static String path(String link) {
        int query = link.indexOf('?');
        return query < 0 ? link : link.substring(0, query);
    }
}
