package org.schooljournal.archive.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyOut;

class PostgresContentTest {
    /**
     * A COPY whose stream is not PostgreSQL's binary format and whose cancel fails too; notes the
     * calls it received.
     */
    private static CopyOut brokenCopy(List<String> calls) {
        return (CopyOut)
                Proxy.newProxyInstance(
                        PostgresContentTest.class.getClassLoader(),
                        new Class<?>[] {CopyOut.class},
                        (proxy, method, args) -> {
                            calls.add(method.getName());
                            return switch (method.getName()) {
                                case "readFromCopy" ->
                                        "not a COPY stream".getBytes(StandardCharsets.US_ASCII);
                                case "isActive" -> true;
                                case "cancelCopy" -> throw new SQLException("cancel failed");
                                default ->
                                        throw new UnsupportedOperationException(method.getName());
                            };
                        });
    }

    @Test
    @DisplayName(
            "R-P04 a COPY read that fails is cancelled, and a failing cancel is kept with the read's"
                    + " failure (suppressed), neither replacing it nor lost")
    void failedCancelIsSuppressed() {
        List<String> calls = new ArrayList<>();

        SQLException failure =
                catchThrowableOfType(
                        () -> PostgresContent.hashed(brokenCopy(calls)), SQLException.class);

        // (an SQLException is Iterable: the casts pick AssertJ's Throwable assertions)
        assertThat((Throwable) failure).hasMessage("cannot read the archive's bytes by COPY");
        assertThat(failure.getCause()).hasMessageContaining("not PostgreSQL's binary COPY format");
        assertThat(failure.getSuppressed()).hasSize(1);
        assertThat((Throwable) failure.getSuppressed()[0])
                .isInstanceOf(SQLException.class)
                .hasMessage("cancel failed");
        assertThat(calls).contains("cancelCopy");
    }
}
