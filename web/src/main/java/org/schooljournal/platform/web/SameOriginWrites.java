package org.schooljournal.platform.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.schooljournal.platform.rest.Problem;

/**
 * Cross-site request forgery (R-A03): a change through the API (POST, PUT, PATCH, DELETE) must come
 * from the application's own pages when the browser may have added credentials by itself — the
 * session cookie, or a password it remembers from a Basic prompt. Refused with 403 otherwise:
 *
 * <ol>
 *   <li>{@code Sec-Fetch-Site} (every current browser sends it) must be {@code same-origin} or
 *       {@code none} (typed by the user);
 *   <li>else {@code Origin} (older browsers) must be the application's own origin;
 *   <li>else, with neither header, the request is not from a browser page: allowed when it signed
 *       in with HTTP Basic (an API client), refused when it relies on the session cookie.
 * </ol>
 *
 * <p>The own origin is the scheme and host the client addressed: behind a reverse proxy that
 * terminates TLS, the proxy's {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} are taken (a
 * page of another site cannot set them: custom headers need a CORS preflight, which this
 * application never grants). The authentication mechanism runs before this filter, so a request
 * that reaches it with Basic credentials has passed the password check.
 */
@WebFilter(urlPatterns = "/api/*")
public class SameOriginWrites extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SameOriginWrites.class.getName());
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || fromOwnPages(request)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning(() -> refusalNote(request));
        refuse(request, response);
    }

    /**
     * The log's line for a refused write. It names the client as the audit trail does ({@link
     * ClientAddress}: behind a trusted balancer, the address it forwards), so the two can be
     * matched; the balancer's own address would name every refusal alike.
     */
    static String refusalNote(HttpServletRequest request) {
        return "Refused a cross-site "
                + request.getMethod()
                + " "
                + request.getRequestURI()
                + " from "
                + ClientAddress.of(request)
                + " (Origin "
                + request.getHeader("Origin")
                + ", Sec-Fetch-Site "
                + request.getHeader("Sec-Fetch-Site")
                + ")";
    }

    static boolean fromOwnPages(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return OWN_SITE.contains(site.strip().toLowerCase(Locale.ROOT));
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return sameOrigin(origin, ownOrigin(request));
        }
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** scheme://host[:port] as the client addressed the application. */
    static String ownOrigin(HttpServletRequest request) {
        String scheme = first(request.getHeader("X-Forwarded-Proto"));
        String host = first(request.getHeader("X-Forwarded-Host"));
        if (scheme == null) {
            scheme = request.getScheme();
        }
        if (host == null) {
            host = request.getHeader("Host");
        }
        if (host == null) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        return scheme + "://" + host;
    }

    /** Compares two origins, ignoring case and a default port written out. */
    static boolean sameOrigin(String origin, String own) {
        try {
            URI a = URI.create(origin.strip());
            URI b = URI.create(own);
            return a.getScheme() != null
                    && a.getHost() != null
                    && a.getScheme().equalsIgnoreCase(b.getScheme())
                    && a.getHost().equalsIgnoreCase(b.getHost())
                    && port(a) == port(b)
                    && (a.getPath() == null || a.getPath().isEmpty());
        } catch (IllegalArgumentException notAnOrigin) {
            return false; // "null" (a sandboxed or file page) and garbage alike
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String first(String forwarded) {
        if (forwarded == null || forwarded.isBlank()) {
            return null;
        }
        int comma = forwarded.indexOf(',');
        return (comma < 0 ? forwarded : forwarded.substring(0, comma)).strip();
    }

    /** 403 as a problem detail in the caller's language (Accept-Language; Russian by default). */
    private static void refuse(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Response problem =
                Problem.response(
                        Response.Status.FORBIDDEN,
                        RequestTexts.of(request).getString("error.crossSite"));
        SecurityHeaders.addTo(request, response);
        response.setStatus(problem.getStatus());
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(JSON.toJson(problem.getEntity()));
    }
}
