package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Account;
import org.schooljournal.testing.Bodies.Cell;
import org.schooljournal.testing.Bodies.NewSchool;
import org.schooljournal.testing.Bodies.Plan;
import org.schooljournal.testing.Bodies.PlanHoliday;
import org.schooljournal.testing.Bodies.PlanPeriod;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;

/**
 * Issue 8 item 8, the API described at {@code /openapi}, checked against the WAR that ships: the
 * JAX-RS resource methods found by reflection over its {@code *.rest} classes must each be an
 * operation of the document, with its body and answer described and problems as RFC 9457 problem
 * details. Its own deployment: the first request to {@code /openapi} failed (500) while Payara's
 * scan broke off at a constrained record component, and then listed 4 paths.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiIT {
    private static final String SCHEMAS = "#/components/schemas/";

    final URL base = SharedServer.url();

    /** The resource methods of the WAR by operation ("PUT /api/v1/lessons/{lessonId}/..."). */
    private static Map<String, Method> operations;

    private static java.nio.file.Path unpacked;
    private static URLClassLoader war;

    @BeforeAll
    static void resourceMethods() throws IOException {
        unpacked = Files.createTempDirectory("openapi-it");
        war = warClasses(unpacked);
        operations = operations(war);
    }

    @AfterAll
    static void removeUnpacked() throws IOException {
        war.close();
        try (var files = Files.walk(unpacked)) {
            for (java.nio.file.Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    @Order(1)
    @DisplayName("Issue 8 item 8: /openapi describes every JAX-RS operation from the first request")
    void everyOperationFromTheFirstRequest() {
        HttpResponse<String> first = get("/openapi");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).startsWith("openapi: 3").contains("/api/v1/calendar/years");
        JsonObject document = document();
        Set<String> documented = new TreeSet<>();
        document.getJsonObject("paths")
                .forEach(
                        (path, item) ->
                                item.asJsonObject().keySet().stream()
                                        .filter(m -> HTTP_METHODS.contains(m.toUpperCase()))
                                        .forEach(
                                                m -> documented.add(m.toUpperCase() + " " + path)));
        assertThat(operations).as("resource methods found in the WAR").hasSizeGreaterThan(90);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(operations.keySet());
        JsonObject info = document.getJsonObject("info");
        assertThat(info.getString("title")).isEqualTo("School Journal API");
        assertThat(info.getString("version")).isNotBlank();
    }

    @Test
    @Order(2)
    @DisplayName(
            "Issue 8 item 8: every body and answer of the API has its schema, refusals are RFC 9457 problems")
    void schemas() {
        JsonObject document = document();
        JsonObject components = document.getJsonObject("components");
        JsonObject problem = components.getJsonObject("schemas").getJsonObject("Problem");
        assertThat(problem.getJsonObject("properties").keySet())
                .contains("type", "title", "status", "detail", "current", "errors");
        assertThat(
                        components
                                .getJsonObject("responses")
                                .getJsonObject("Problem")
                                .getJsonObject("content")
                                .getJsonObject("application/problem+json")
                                .getJsonObject("schema")
                                .getString("$ref"))
                .isEqualTo(SCHEMAS + "Problem");

        operations.forEach(
                (key, method) -> {
                    String[] parts = key.split(" ", 2);
                    JsonObject operation =
                            document.getJsonObject("paths")
                                    .getJsonObject(parts[1])
                                    .getJsonObject(parts[0].toLowerCase());
                    JsonObject responses = operation.getJsonObject("responses");
                    assertThat(responses.getJsonObject("4XX").getString("$ref"))
                            .as(key)
                            .isEqualTo("#/components/responses/Problem");
                    if (hasBody(method) && json(operation.getJsonObject("requestBody"))) {
                        assertThat(described(schema(operation.getJsonObject("requestBody"))))
                                .as("request body of " + key)
                                .isTrue();
                    }
                    if (answersValue(method)) {
                        JsonObject answer = responses.getJsonObject("default");
                        assertThat(json(answer) && described(schema(answer)))
                                .as("answer of " + key + ": " + answer)
                                .isTrue();
                    }
                });

        Matcher refs =
                java.util.regex.Pattern.compile("\"\\$ref\":\"" + SCHEMAS + "([^\"]+)\"")
                        .matcher(document.toString());
        Set<String> referred = new TreeSet<>();
        while (refs.find()) {
            referred.add(refs.group(1));
        }
        assertThat(components.getJsonObject("schemas").keySet()).containsAll(referred);
    }

    @Test
    @Order(3)
    @DisplayName(
            "Issue 8 item 8: the constraints of the records kept off their constructors for the scan still refuse (400 naming the field), and nothing changes")
    void constraintsStillRefuse() {
        ApiClient deputy = ApiClient.as(base.toString(), "s1.deputy", Demo.PASSWORD);
        JsonObject year = deputy.get("/calendar/years").array().getJsonObject(0);
        Plan plan =
                new Plan(
                        List.of(
                                new PlanPeriod(
                                        "QUARTER",
                                        0,
                                        12,
                                        9,
                                        LocalDate.of(2026, 9, 1),
                                        LocalDate.of(2026, 10, 31))),
                        List.of(
                                new PlanHoliday(
                                        "HOLIDAYS",
                                        " ",
                                        1,
                                        11,
                                        LocalDate.of(2026, 11, 1),
                                        LocalDate.of(2026, 11, 8))));

        var refusedPlan = deputy.put("/calendar/years/" + year.getJsonNumber("id") + "/plan", plan);

        assertThat(fields(refusedPlan))
                .containsExactlyInAnyOrder(
                        "periods[0].number", "periods[0].gradeFrom", "holidays[0].name");
        assertThat(deputy.get("/calendar/years/" + year.getJsonNumber("id")).object())
                .isEqualTo(year);

        ApiClient teacher = ApiClient.as(base.toString(), Demo.TEACHER, Demo.PASSWORD);
        Demo.Cell cell = Demo.markableCell(teacher, 0);
        String cells = "/journals/" + cell.assignmentId() + "?month=" + cell.month();
        JsonObject before = teacher.get(cells).object();
        long pupil = before.getJsonArray("pupils").getJsonObject(0).getJsonNumber("id").longValue();

        var refusedCell =
                teacher.put(
                        "/lessons/" + cell.lessonId() + "/cells/" + pupil,
                        new Cell("5".repeat(61), ""));

        assertThat(fields(refusedCell)).containsExactly("text");
        assertThat(teacher.get(cells).object().getJsonObject("cells"))
                .isEqualTo(before.getJsonObject("cells"));

        ApiClient municipal = ApiClient.as(base.toString(), "admin", Demo.PASSWORD);
        int schools = municipal.get("/municipality/schools").array().size();

        var refusedSchool =
                municipal.post(
                        "/municipality/schools",
                        new NewSchool(
                                "Школа OpenApiIT",
                                "OpenApiIT",
                                new Account("openapi.head", " "),
                                new Account("openapi.admin", "А. Б. В.")));

        assertThat(fields(refusedSchool)).containsExactly("head.fullName");
        assertThat(municipal.get("/municipality/schools").array()).hasSize(schools);
    }

    /** The fields a 400 problem names. */
    private static List<String> fields(ApiClient.Reply refused) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        return refused.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
    }

    private static final Set<String> HTTP_METHODS =
            Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    /** The document as JSON (Payara answers YAML unless asked). */
    private JsonObject document() {
        HttpResponse<String> response = get("/openapi?format=JSON");
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private HttpResponse<String> get(String path) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A body or response with JSON content. */
    private static boolean json(JsonObject bodyOrResponse) {
        return bodyOrResponse != null
                && bodyOrResponse.containsKey("content")
                && bodyOrResponse.getJsonObject("content").containsKey("application/json");
    }

    private static JsonObject schema(JsonObject bodyOrResponse) {
        return bodyOrResponse
                .getJsonObject("content")
                .getJsonObject("application/json")
                .getJsonObject("schema");
    }

    /** A schema that says more than "some object": a reference, a typed array, a value type. */
    private static boolean described(JsonObject schema) {
        if (schema == null) {
            return false;
        }
        if (schema.containsKey("$ref")) {
            return true;
        }
        String type = schema.getString("type", "");
        if (type.equals("array")) {
            return schema.get("items") instanceof JsonObject items && described(items);
        }
        return !type.isEmpty()
                && (!type.equals("object")
                        || schema.containsKey("properties")
                        || schema.get("additionalProperties") instanceof JsonObject);
    }

    /** A parameter without a JAX-RS annotation: the request's entity. */
    private static boolean hasBody(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (Arrays.stream(parameter.getAnnotations())
                    .noneMatch(
                            a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"))) {
                return true;
            }
        }
        return false;
    }

    /** A method whose answer JSON-B writes (not a hand-built Response, a stream or nothing). */
    private static boolean answersValue(Method method) {
        Class<?> type = method.getReturnType();
        return type != void.class
                && type != Response.class
                && type != String.class
                && !InputStream.class.isAssignableFrom(type)
                && !type.getName().startsWith("jakarta.ws.rs.");
    }

    /** The WAR's classes and libraries, unpacked, behind a class loader. */
    private static URLClassLoader warClasses(java.nio.file.Path dir) throws IOException {
        List<URL> urls = new ArrayList<>();
        // a directory's URL ends with "/" only when it exists; without, it is taken for a jar
        urls.add(Files.createDirectories(dir.resolve("WEB-INF/classes")).toUri().toURL());
        try (ZipFile zip = new ZipFile(System.getProperty("journal.war"))) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (entry.isDirectory()
                        || !(name.startsWith("WEB-INF/classes/")
                                || name.startsWith("WEB-INF/lib/"))) {
                    continue;
                }
                java.nio.file.Path file = dir.resolve(name).normalize();
                if (!file.startsWith(dir)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, file);
                }
                if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
                    urls.add(file.toUri().toURL());
                }
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), OpenApiIT.class.getClassLoader());
    }

    /**
     * Every JAX-RS resource method of the WAR's {@code *.rest} classes, by the operation it is: its
     * HTTP method and the application's, class's and method's paths joined.
     */
    private static Map<String, Method> operations(URLClassLoader war) throws IOException {
        java.nio.file.Path classes = java.nio.file.Path.of(URI.create(war.getURLs()[0].toString()));
        List<Class<?>> resources = new ArrayList<>();
        String root = null;
        try (var files = Files.walk(classes)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file)
                                .toString()
                                .replace(java.io.File.separatorChar, '.')
                                .replaceAll("\\.class$", "");
                if (!name.matches("org\\.schooljournal\\..*\\.rest\\.[^.$]+")) {
                    continue;
                }
                Class<?> c = load(name, war);
                if (c == null) {
                    continue;
                }
                if (c.isAnnotationPresent(ApplicationPath.class)) {
                    root = c.getAnnotation(ApplicationPath.class).value();
                }
                if (c.isAnnotationPresent(Path.class)) {
                    resources.add(c);
                }
            }
        }
        assertThat(root).as("the JAX-RS application's path").isNotNull();
        Map<String, Method> operations = new TreeMap<>();
        Set<String> twice = new HashSet<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                String http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                Path onMethod = method.getAnnotation(Path.class);
                String path =
                        ("/"
                                        + root
                                        + "/"
                                        + resource.getAnnotation(Path.class).value()
                                        + "/"
                                        + (onMethod == null ? "" : onMethod.value()))
                                .replaceAll("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}", "{$1}")
                                .replaceAll("/+", "/")
                                .replaceAll("(.)/$", "$1");
                if (operations.put(http + " " + path, method) != null) {
                    twice.add(http + " " + path);
                }
            }
        }
        assertThat(twice).as("operations declared twice").isEmpty();
        return operations;
    }

    /**
     * The class, or null for one needing what only the server has (the OpenAPI model of the
     * document's own classes): a resource class skipped so would show as an operation the document
     * has and the test did not expect.
     */
    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        } catch (LinkageError serverOnly) {
            return null;
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }
}
