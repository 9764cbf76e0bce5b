package org.schooljournal.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers every response carries (R-A03): no framing by other sites, no plugins, no foreign
 * base URL or form target, no MIME sniffing, no full URL in the referrer to other sites, and no
 * copy of a page or API answer (personal data) in a cache; static resources alone may be cached.
 *
 * <p>Scripts come from the application itself only ({@code script-src 'self'}, no {@code
 * 'unsafe-inline'}, no {@code 'unsafe-eval'}). A page's own scripts (PrimeFaces widgets and the
 * handlers PrimeFaces moves out of {@code on*} attributes) carry a nonce: PrimeFaces' CSP mode
 * ({@code primefaces.CSP} in web.xml) makes one per page and adds its own header. That header is
 * replaced here by this policy with the page's nonce, so a response carries one policy.
 *
 * <p>The authentication mechanism answers some requests itself before any filter runs (the API's
 * 401, the redirect to the login page): it calls {@link #addTo} for those.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;

    public static final String CSP = "Content-Security-Policy";

    public static final String POLICY =
            "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                    + " script-src 'self'";

    private static final Pattern NONCE = Pattern.compile("'nonce-[A-Za-z0-9+/=_-]+'");

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        addTo(request, response);
        chain.doFilter(request, new OnePolicy(response));
    }

    /** This policy with the page's script nonce, if another header names one. */
    static String policyWith(String otherPolicy) {
        Matcher nonce = NONCE.matcher(otherPolicy == null ? "" : otherPolicy);
        return nonce.find() ? POLICY + " " + nonce.group() : POLICY;
    }

    /** Keeps one Content-Security-Policy: PrimeFaces' header only lends its nonce to ours. */
    private static final class OnePolicy extends HttpServletResponseWrapper {
        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(CSP, policyWith(value));
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, CSP.equalsIgnoreCase(name) ? policyWith(value) : value);
        }
    }

    public static void addTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(CSP, POLICY);
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
        return path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/")
                || path.startsWith(ScriptModules.PATH);
    }
}
