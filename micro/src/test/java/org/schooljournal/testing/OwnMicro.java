package org.schooljournal.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro process of a test's own (the quick start on H2, a server killed mid-job), started
 * as {@code src/test/micro/server.sh} starts the shared one: the runtime the build prepared ({@code
 * journal.runtime}), the packaged WAR ({@code journal.war}), a post-boot command file. A test that
 * must stop or kill a server cannot share the module's.
 */
public final class OwnMicro {
    public static final Path RUNTIME = Path.of(System.getProperty("journal.runtime", "target"));

    private final Process process;
    private final int port;
    private final Path log;

    private OwnMicro(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * How to start it.
     *
     * @param port the HTTP port (a restart reuses its predecessor's)
     * @param log the file the server's output is appended to
     * @param postboot the post-boot command file (data source, properties)
     * @param demo {@code JOURNAL_DEMO} (e.g. {@code small}), null for none
     * @param jvmOptions system properties ({@code -D…}) before {@code -jar}
     * @param libs jars for {@code --addLibs} (the PostgreSQL driver)
     */
    public record Setup(
            int port,
            Path log,
            Path postboot,
            String demo,
            List<String> jvmOptions,
            List<Path> libs) {}

    /** Starts the process (it boots in the background: {@link #awaitLoginPage}). */
    public static OwnMicro start(Setup setup) throws IOException {
        Path root = Files.createTempDirectory("journal-micro");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(setup.jvmOptions());
        command.addAll(
                List.of(
                        "-jar",
                        RUNTIME.resolve("payara-micro.jar").toString(),
                        "--nocluster",
                        "--rootdir",
                        root.toString(),
                        "--port",
                        String.valueOf(setup.port())));
        for (Path lib : setup.libs()) {
            command.add("--addLibs");
            command.add(lib.toString());
        }
        command.addAll(
                List.of(
                        "--prebootcommandfile",
                        RUNTIME.resolve("preboot.asadmin").toString(),
                        "--postbootcommandfile",
                        setup.postboot().toString(),
                        "--deploy",
                        System.getProperty("journal.war")));
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(setup.log().toFile()));
        builder.environment().remove("JOURNAL_DEMO");
        if (setup.demo() != null) {
            builder.environment().put("JOURNAL_DEMO", setup.demo());
        }
        return new OwnMicro(builder.start(), setup.port(), setup.log());
    }

    /** The application's root, such as http://localhost:8080/journal. */
    public String base() {
        return "http://localhost:" + port + "/journal";
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * The login page's status once the application answers (not 404 or 503, which a server still
     * deploying gives); -1 if it never did within three minutes or the process ended. Asks every
     * quarter second: a start-up is over a moment after it is.
     */
    public int awaitLoginPage() throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
        String url = base() + "/login.xhtml";
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        Object last = "nothing";
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                var response =
                        http.send(
                                HttpRequest.newBuilder(URI.create(url))
                                        .timeout(Duration.ofSeconds(10))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 404 && response.statusCode() != 503) {
                    return response.statusCode();
                }
                last = response.statusCode();
            } catch (IOException notYet) {
                last = notYet; // still booting
            }
            Thread.sleep(250);
        }
        System.out.println(
                "No login page at " + url + ": alive " + process.isAlive() + ", last " + last);
        return -1;
    }

    /** SIGKILL to this process, by its id: no shutdown hook, no orderly end of a job. */
    public void kill() throws InterruptedException {
        if (process.isAlive()) {
            try {
                new ProcessBuilder("kill", "-KILL", String.valueOf(process.pid()))
                        .start()
                        .waitFor();
            } catch (IOException e) {
                process.destroyForcibly();
            }
        }
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** An orderly stop (SIGTERM), killed if it has not ended within a minute. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** A port no one listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
