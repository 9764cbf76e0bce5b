package org.schooljournal.testing;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Calls the REST API as a given user (HTTP Basic), the way an integration would. */
public final class ApiClient {
    /** Request bodies from records; JSON-B leaves a null field out. */
    private static final jakarta.json.bind.Jsonb JSON = jakarta.json.bind.JsonbBuilder.create();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String login;
    private final String password;
    private final String authorization;
    private String language = "ru";

    private ApiClient(String base, String login, String password) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.login = login;
        this.password = password;
        this.authorization =
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The HTTP Basic header this client sends, for a request it cannot make itself. */
    public String authorization() {
        return authorization;
    }

    /** {@code base} is the application's root, such as http://localhost:8080/journal. */
    public static ApiClient as(String base, String login, String password) {
        ApiClient client = new ApiClient(base, login, password);
        client.awaitReady();
        return client;
    }

    /**
     * Signs in with a one-time password as its holder does at first: chooses their own password
     * (the only call a one-time password opens, R-A02) and signs in with it.
     */
    public static ApiClient firstSignIn(String base, String login, String oneTimePassword) {
        ApiClient once = as(base, login, oneTimePassword);
        // long enough, not a common password, and without the login (PasswordPolicy)
        String chosen = "тихий снег над рекой " + Integer.toHexString(login.hashCode());
        Reply changed =
                once.put("/account/password", new Bodies.PasswordChange(oneTimePassword, chosen));
        if (changed.status() != 204) {
            throw new AssertionError("the password change failed: " + changed);
        }
        return as(base, login, chosen);
    }

    private static final java.util.Set<String> READY =
            java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Payara Micro reports the deployment done a moment before the web module answers; the first
     * call to an application waits until its login page does, so no test sees a 404 of a server
     * that is still starting.
     */
    private void awaitReady() {
        if (READY.contains(base)) {
            return;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> page =
                        http.send(
                                HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                                HttpResponse.BodyHandlers.discarding());
                if (page.statusCode() == 200) {
                    READY.add(base);
                    return;
                }
                Thread.sleep(250);
            } catch (java.io.IOException notYet) {
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The login this client signs in with. */
    public String login() {
        return login;
    }

    /**
     * The password this client signs in with: a test that also signs in through the login form
     * ({@link FormLogin}) uses it for an account a fixture made.
     */
    public String password() {
        return password;
    }

    public ApiClient inLanguage(String language) {
        this.language = language;
        return this;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET asking for another representation than JSON (e.g. text/calendar). */
    public Reply get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    public Reply put(String path, String json) {
        return send(
                request(path)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A PUT of a typed body (a record of {@link Bodies}), serialised by JSON-B. */
    public Reply put(String path, Object body) {
        return put(path, JSON.toJson(body));
    }

    /** A POST of a typed body (a record of {@link Bodies}), serialised by JSON-B. */
    public Reply post(String path, Object body) {
        return post(
                path,
                "application/json",
                JSON.toJson(body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public Reply post(String path, String contentType, byte[] body) {
        return send(
                request(path)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** A POST of a typed body (JSON-B) answered in binary (a PDF), with its status and bytes. */
    public HttpResponse<byte[]> postForBytes(String path, Object body, String accept) {
        return postForBytes(path, JSON.toJson(body), accept);
    }

    /** A GET of a binary representation (a PDF), answered with its status and bytes. */
    public HttpResponse<byte[]> getBytes(String path, String accept) {
        return sendBytes(request(path).setHeader("Accept", accept).GET());
    }

    /** A POST of a JSON body answered in binary (a PDF), with its status and bytes. */
    public HttpResponse<byte[]> postForBytes(String path, String json, String accept) {
        return sendBytes(
                request(path)
                        .setHeader("Accept", accept)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET answered with its headers too, for a test that reads one (a diagnostics count). */
    public HttpResponse<String> getWithHeaders(String path) {
        return withHeaders(request(path).GET());
    }

    /** A PUT of a JSON body answered with its headers too (a diagnostics count). */
    public HttpResponse<String> putWithHeaders(String path, Object body) {
        return withHeaders(
                request(path)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.toJson(body))));
    }

    private HttpResponse<String> withHeaders(HttpRequest.Builder request) {
        try {
            return http.send(
                    request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET of a file (an export, a print): status, headers and the bytes as sent. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(
                    request(path).setHeader("Accept", "*/*").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("Accept-Language", language);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(
                            request.build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type and body, with the body parsed as JSON on demand. */
    public record Reply(int status, String contentType, String body) {
        public JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public jakarta.json.JsonArray array() {
            return (jakarta.json.JsonArray) json();
        }

        public jakarta.json.JsonObject object() {
            return (jakarta.json.JsonObject) json();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
