package org.schooljournal.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every response carries (R-A03): no framing by other sites, no plugins, no foreign
 * base URL or form target, no MIME sniffing, no full URL in the referrer to other sites, and no
 * copy of a page or API answer (personal data) in a cache; static resources alone may be cached.
 *
 * <p>The policy does not restrict scripts: PrimeFaces and Mojarra render inline scripts and
 * handlers. PrimeFaces' nonce-based CSP ({@code primefaces.CSP}) adds its own {@code script-src}
 * header where it is switched on; browsers enforce both policies.
 *
 * <p>The authentication mechanism answers some requests itself before any filter runs (the API's
 * 401, the redirect to the login page): it calls {@link #addTo} for those.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;

    public static final String POLICY =
            "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        addTo(request, response);
        chain.doFilter(request, response);
    }

    public static void addTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** Scripts, styles and images of the pages: the same for everybody, no personal data. */
    public static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
