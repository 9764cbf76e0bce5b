package org.schooljournal.demo.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.demo.control.DemoLoadResult;
import org.schooljournal.demo.control.DemoSize;
import org.schooljournal.journal.control.SigningKey;

class DemoDataLoaderTest {
    @TempDir Path keyDir;

    @Test
    void systemPropertyWinsOverEnvironment() {
        assertThat(DemoDataLoader.setting("none", "municipality")).isEqualTo("none");
        assertThat(DemoDataLoader.setting(null, "municipality")).isEqualTo("municipality");
        assertThat(DemoDataLoader.setting(" ", "none")).isEqualTo("none");
        assertThat(DemoDataLoader.setting(null, null)).isNull();
    }

    @Test
    void loadHashesThePasswordOnceAndWritesEveryAccountWithIt() throws Exception {
        List<String> generated = new ArrayList<>();
        Set<Object> hashes = new HashSet<>();
        DemoDataLoader loader = new DemoDataLoader();
        loader.passwordHash =
                new Pbkdf2PasswordHash() {
                    @Override
                    public void initialize(Map<String, String> parameters) {
                        assertThat(parameters).isEmpty();
                    }

                    @Override
                    public String generate(char[] password) {
                        generated.add(new String(password));
                        return "PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA==";
                    }

                    @Override
                    public boolean verify(char[] password, String hashedPassword) {
                        return false;
                    }
                };
        loader.dataSource = dataSource(hashes);
        loader.signingKey = new SigningKey(keyDir);

        DemoLoadResult result = loader.load(new DemoSize(1, 1, 2, 1), 1);

        assertThat(generated).containsExactly("demo");
        assertThat(hashes).containsExactly("PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA==");
        // admin, archivist, the staff, 2 pupils and their 2 parents
        assertThat(result.rows("account")).isEqualTo(2 + result.rows("staff") + 4);
        assertThat(result.rows("pupil")).isEqualTo(2);
        assertThat(result.elapsedMillis()).isNotNegative();
    }

    /** A database that accepts every statement and remembers the password hashes bound. */
    private static DataSource dataSource(Set<Object> hashes) {
        return proxy(
                DataSource.class,
                (p, m, a) ->
                        proxy(
                                Connection.class,
                                (c, cm, ca) ->
                                        switch (cm.getName()) {
                                            case "getAutoCommit" -> true;
                                            case "createStatement" ->
                                                    proxy(
                                                            Statement.class,
                                                            (s, sm, sa) ->
                                                                    switch (sm.getName()) {
                                                                        case "executeQuery" ->
                                                                                resultSet(0L);
                                                                        case "execute" -> false;
                                                                        default -> null;
                                                                    });
                                            case "prepareStatement" -> {
                                                boolean account =
                                                        ((String) ca[0])
                                                                .startsWith(
                                                                        "insert into account (");
                                                yield proxy(
                                                        PreparedStatement.class,
                                                        (s, sm, sa) -> {
                                                            if (account
                                                                    && sm.getName()
                                                                            .equals("setString")
                                                                    && sa[0].equals(3)) {
                                                                hashes.add(sa[1]);
                                                            }
                                                            return switch (sm.getName()) {
                                                                case "executeQuery" -> resultSet();
                                                                case "executeBatch" -> new int[0];
                                                                default -> null;
                                                            };
                                                        });
                                            }
                                            default -> null;
                                        }));
    }

    private static ResultSet resultSet(Object... values) {
        int[] cursor = {-1};
        return proxy(
                ResultSet.class,
                (p, m, a) ->
                        switch (m.getName()) {
                            case "next" -> ++cursor[0] < values.length;
                            case "getLong" -> values[cursor[0]];
                            default -> null;
                        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
