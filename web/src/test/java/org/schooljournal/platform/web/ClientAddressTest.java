package org.schooljournal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private static final Set<String> PROXY = ClientAddress.parse(" 127.0.0.1 , 10.0.0.5");

    private static String of(String peer, String... forwardedFor) {
        return ClientAddress.of(peer, Collections.enumeration(List.of(forwardedFor)), PROXY);
    }

    @Test
    @DisplayName("R-A08 behind a trusted proxy the audit's address is the client it forwards")
    void trustedProxy() {
        assertThat(of("127.0.0.1", "203.0.113.7")).isEqualTo("203.0.113.7");
        // a chain of proxies: the first address from the right that is not a trusted proxy
        assertThat(of("127.0.0.1", "198.51.100.1, 203.0.113.7", "10.0.0.5"))
                .isEqualTo("203.0.113.7");
        assertThat(of("127.0.0.1")).isEqualTo("127.0.0.1");
    }

    @Test
    @DisplayName(
            "R-A08 when every forwarded address is a trusted proxy the audit's address is the leftmost, where the request began")
    void onlyTrustedProxies() {
        assertThat(of("127.0.0.1", "10.0.0.5, 127.0.0.1")).isEqualTo("10.0.0.5");
        assertThat(of("10.0.0.5", "127.0.0.1", "10.0.0.5")).isEqualTo("127.0.0.1");
    }

    @Test
    @DisplayName("R-A08 X-Forwarded-For from anybody but a trusted proxy is ignored")
    void untrustedPeer() {
        assertThat(of("203.0.113.9", "10.1.1.1")).isEqualTo("203.0.113.9");
        assertThat(
                        ClientAddress.of(
                                "127.0.0.1", Collections.enumeration(List.of("1.2.3.4")), Set.of()))
                .isEqualTo("127.0.0.1");
        // what a client prepends itself does not hide it
        assertThat(of("127.0.0.1", "1.2.3.4, 203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(of("127.0.0.1", "x".repeat(101))).isEqualTo("127.0.0.1");
    }
}
