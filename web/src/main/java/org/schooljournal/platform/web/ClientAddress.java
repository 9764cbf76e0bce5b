package org.schooljournal.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The client's address for the audit trail and the sign-in log (R-A08, R-A02). Behind a load
 * balancer every request comes from the balancer, which names the client in {@code
 * X-Forwarded-For}. That header is believed only when the request comes from a proxy listed in
 * {@value #PROPERTY} (or {@code JOURNAL_TRUSTED_PROXIES}): anybody else could write any address
 * into it. The list is taken from the right, skipping trusted proxies, so a client cannot hide
 * behind an address it prepends itself.
 */
public final class ClientAddress {
    /** System property: the trusted proxies' addresses, separated by commas; none by default. */
    public static final String PROPERTY = "journal.trustedProxies";

    private ClientAddress() {}

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For"), trusted());
    }

    /**
     * The setting as it is now, read at each call rather than once at class loading: a few short
     * strings per request, and a test (or an operator's system property) is not bound to whichever
     * class happened to load this one first.
     */
    private static Set<String> trusted() {
        return parse(
                Optional.ofNullable(System.getProperty(PROPERTY))
                        .orElseGet(() -> System.getenv("JOURNAL_TRUSTED_PROXIES")));
    }

    static String of(
            String peer, java.util.Enumeration<String> forwarded, Set<String> trustedProxies) {
        if (peer == null || !trustedProxies.contains(peer) || forwarded == null) {
            return peer;
        }
        List<String> hops =
                java.util.Collections.list(forwarded).stream()
                        .flatMap(h -> Arrays.stream(h.split(",")))
                        .map(String::strip)
                        .filter(h -> !h.isEmpty())
                        .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!trustedProxies.contains(hop)) {
                // the columns take 100 characters; a longer hop is garbage, not an address
                return hop.length() > 100 ? peer : hop;
            }
        }
        // Every hop is a trusted proxy: the request began on one of them (a balancer's own check,
        // an administrator's request from the proxy host). Nobody untrusted wrote any of the list,
        // so its leftmost entry, the earliest hop and nearest to where the request began, is the
        // best-known origin; the immediate peer would name only the last proxy of the chain.
        return hops.isEmpty() ? peer : hops.get(0);
    }

    static Set<String> parse(String setting) {
        return setting == null
                ? Set.of()
                : Arrays.stream(setting.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }
}
