package org.schooljournal.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's way in: the login form, then the session cookie on every request (as journal.js). */
public final class FormLogin {
    private FormLogin() {}

    /**
     * A client with its own cookies, signed in as {@code login} (password {@link Demo#PASSWORD}).
     */
    public static HttpClient session(String base, String login) throws Exception {
        return session(base, login, Demo.PASSWORD);
    }

    /**
     * A browser session of the account an API client signs in as (a fixture's, with a password of
     * its own).
     */
    public static HttpClient session(String base, ApiClient account) throws Exception {
        return session(base, account.login(), account.password());
    }

    /** A client with its own cookies, signed in as {@code login} with {@code password}. */
    public static HttpClient session(String base, String login, String password) throws Exception {
        HttpClient browser =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
        signIn(browser, base, login, password);
        return browser;
    }

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** Signs in through the login form (login.xhtml), keeping the session cookie. */
    public static void signIn(HttpClient browser, String base, String login) throws Exception {
        signIn(browser, base, login, Demo.PASSWORD);
    }

    /** As {@link #signIn(HttpClient, String, String)}, with the account's own password. */
    public static void signIn(HttpClient browser, String base, String login, String password)
            throws Exception {
        URI form = URI.create(base + "/login.xhtml");
        String page =
                browser.send(
                                HttpRequest.newBuilder(form).GET().build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new AssertionError("no jakarta.faces.ViewState on the login page");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", login);
        fields.put("login:password", password);
        fields.put("login:signIn", "");
        fields.put("jakarta.faces.ViewState", htmlUnescape(state.group(1)));
        StringBuilder body = new StringBuilder();
        for (var f : fields.entrySet()) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
        }
        HttpResponse<String> after =
                browser.send(
                        HttpRequest.newBuilder(form)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (after.statusCode() != 200 || after.uri().getPath().endsWith("/login.xhtml")) {
            throw new AssertionError(
                    "sign-in as " + login + " failed: " + after.statusCode() + " " + after.uri());
        }
    }

    private static String htmlUnescape(String s) {
        return s.replace("&#58;", ":").replace("&amp;", "&").replace("&quot;", "\"");
    }
}
