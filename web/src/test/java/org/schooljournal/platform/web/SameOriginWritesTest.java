package org.schooljournal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SameOriginWritesTest {
    /** A cross-site POST as the balancer on 127.0.0.1 passes it on, naming the client. */
    private static HttpServletRequest forwardedCrossSitePost() {
        Map<String, String> headers =
                Map.of(
                        "Origin", "https://evil.example",
                        "Sec-Fetch-Site", "cross-site",
                        "X-Forwarded-For", "203.0.113.7");
        return (HttpServletRequest)
                Proxy.newProxyInstance(
                        SameOriginWritesTest.class.getClassLoader(),
                        new Class<?>[] {HttpServletRequest.class},
                        (proxy, method, args) ->
                                switch (method.getName()) {
                                    case "getMethod" -> "POST";
                                    case "getRequestURI" -> "/journal/api/v1/lessons/1/cells/2";
                                    case "getRemoteAddr" -> "127.0.0.1";
                                    case "getHeader" -> headers.get((String) args[0]);
                                    case "getHeaders" ->
                                            Collections.enumeration(
                                                    headers.containsKey((String) args[0])
                                                            ? List.of(headers.get((String) args[0]))
                                                            : List.<String>of());
                                    default ->
                                            throw new UnsupportedOperationException(
                                                    method.getName());
                                });
    }

    @Test
    @DisplayName(
            "R-A03 R-A08 a refused cross-site write is logged with the client's address as the"
                    + " audit takes it: behind a trusted balancer the forwarded one")
    void refusalNamesTheForwardedClient() {
        String before = System.getProperty(ClientAddress.PROPERTY);
        System.setProperty(ClientAddress.PROPERTY, "127.0.0.1");
        try {
            assertThat(SameOriginWrites.refusalNote(forwardedCrossSitePost()))
                    .contains("POST /journal/api/v1/lessons/1/cells/2 from 203.0.113.7 ")
                    .contains("Origin https://evil.example", "Sec-Fetch-Site cross-site")
                    .doesNotContain("127.0.0.1");
        } finally {
            if (before == null) {
                System.clearProperty(ClientAddress.PROPERTY);
            } else {
                System.setProperty(ClientAddress.PROPERTY, before);
            }
        }
    }

    @Test
    @DisplayName("R-A08 without a trusted balancer the refusal names the connection's peer")
    void refusalNamesThePeerWhenNoProxyIsTrusted() {
        String before = System.getProperty(ClientAddress.PROPERTY);
        System.setProperty(ClientAddress.PROPERTY, "");
        try {
            assertThat(SameOriginWrites.refusalNote(forwardedCrossSitePost()))
                    .contains(" from 127.0.0.1 ")
                    .doesNotContain("203.0.113.7");
        } finally {
            if (before == null) {
                System.clearProperty(ClientAddress.PROPERTY);
            } else {
                System.setProperty(ClientAddress.PROPERTY, before);
            }
        }
    }
}
