package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;

/**
 * The quick start: the Micro WAR boots on the embedded H2 database with no configuration, runs the
 * migrations, loads the demo municipality and serves the login page and the API.
 */
class MicroH2SmokeIT {
    @Test
    @DisplayName("Micro WAR starts on the embedded default database with demo data")
    void startsOnH2() throws Exception {
        Path runtime = Path.of(System.getProperty("journal.runtime"));
        Path root = Files.createTempDirectory("journal-smoke");
        int port = freePort();
        List<String> command =
                List.of(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-jar",
                        runtime.resolve("payara-micro.jar").toString(),
                        "--nocluster",
                        "--rootdir",
                        root.toString(),
                        "--port",
                        String.valueOf(port),
                        "--postbootcommandfile",
                        runtime.resolve("postboot-h2.asadmin").toString(),
                        "--deploy",
                        System.getProperty("journal.war"));
        File log = runtime.resolve("smoke-h2.log").toFile();
        long started = System.nanoTime();
        Process micro =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        try {
            String base = "http://localhost:" + port + "/journal";
            int status = waitForLoginPage(base + "/login.xhtml", micro);
            System.out.printf(
                    "Micro on H2: login page answered %d after %.1f s%n",
                    status, (System.nanoTime() - started) / 1e9);

            assertThat(status).as("login page; see %s", log).isEqualTo(200);
            var journals = ApiClient.as(base, Demo.TEACHER, Demo.PASSWORD).get("/journals");
            assertThat(journals.status()).as(journals.toString()).isEqualTo(200);
            assertThat(journals.array()).isNotEmpty();
        } finally {
            micro.destroy();
            if (!micro.waitFor(
                    Duration.ofSeconds(30).toMillis(),
                    java.util.concurrent.TimeUnit.MILLISECONDS)) {
                micro.destroyForcibly();
            }
        }
    }

    private static int waitForLoginPage(String url, Process micro) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline && micro.isAlive()) {
            try {
                var response =
                        http.send(
                                HttpRequest.newBuilder(URI.create(url)).build(),
                                HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 404 && response.statusCode() != 503) {
                    return response.statusCode();
                }
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(1000);
        }
        return -1;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
