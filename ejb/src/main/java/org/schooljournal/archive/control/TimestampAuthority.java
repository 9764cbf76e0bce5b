package org.schooljournal.archive.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import org.bouncycastle.tsp.TimeStampRequest;

/**
 * The time-stamping service (RFC 3161 over HTTP) that stamps each new archive checkpoint, if one is
 * configured: {@value #PROPERTY} or {@code JOURNAL_ARCHIVE_TSA}, its URL. Unconfigured, nothing is
 * requested. Read at every checkpoint, so the setting needs no restart.
 */
@ApplicationScoped
public class TimestampAuthority {
    public static final String PROPERTY = "journal.archive.tsa";

    /** The checkpoint waits this long at most: it holds the archive's lock meanwhile. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SecureRandom random = new SecureRandom();

    /** The configured URL, if any. */
    public Optional<String> url() {
        String url = System.getProperty(PROPERTY);
        if (url == null || url.isBlank()) {
            url = System.getenv("JOURNAL_ARCHIVE_TSA");
        }
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    /**
     * A token over {@code data} from the service at {@code url}.
     *
     * @throws IllegalStateException when the service does not answer with a granted token
     */
    public byte[] stamp(String url, byte[] data) {
        TimeStampRequest request = Timestamps.request(data, new BigInteger(64, random));
        try {
            // HTTP/1.1: a time-stamping service is a plain POST endpoint, no upgrade to try
            HttpClient http =
                    HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(TIMEOUT)
                            .build();
            HttpResponse<byte[]> reply =
                    http.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(TIMEOUT)
                                    .header("Content-Type", "application/timestamp-query")
                                    .POST(
                                            HttpRequest.BodyPublishers.ofByteArray(
                                                    request.getEncoded()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            if (reply.statusCode() != 200) {
                throw new IllegalStateException(
                        "time-stamping service " + url + " answered " + reply.statusCode());
            }
            return Timestamps.token(request, reply.body());
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "time-stamping service " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while time-stamping", e);
        }
    }
}
