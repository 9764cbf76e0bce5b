package org.schooljournal.platform.web;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.schooljournal.identity.boundary.Passwords;

/**
 * Nothing opens for a person signed in with a one-time password until it has chosen its own (R-A04,
 * the first municipal administrator): pages lead to {@value #PAGE}, API calls other than the
 * password change answer 403. The answer is kept in the session, so signed-in work costs no query;
 * HTTP Basic calls without a session ask each time.
 */
@WebFilter(urlPatterns = "/*")
public class PasswordChangeFirst extends HttpFilter {
    public static final String PAGE = "/password.xhtml";

    /** Session attribute: Boolean, whether the caller still has to change its password. */
    public static final String REQUIRED = "sj.passwordChangeRequired";

    private static final Set<String> OPEN =
            Set.of(PAGE, "/login.xhtml", "/logout", "/api/v1/account/password", "/error.xhtml");

    @EJB Passwords passwords;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getUserPrincipal() == null
                || OPEN.contains(path)
                || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/")
                || !required(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write(
                            "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                                    + "\"detail\":\""
                                    + RequestTexts.of(request)
                                            .getString("password.changeFirst")
                                            .replace("\"", "'")
                                    + "\"}");
            return;
        }
        response.sendRedirect(request.getContextPath() + PAGE);
    }

    private boolean required(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object known = session == null ? null : session.getAttribute(REQUIRED);
        if (known instanceof Boolean b) {
            return b;
        }
        boolean required;
        try {
            required = passwords.changeRequired();
        } catch (RuntimeException noAccount) {
            // not a person's account (nothing to change); the services still check every call
            required = false;
        }
        if (session != null) {
            session.setAttribute(REQUIRED, required);
        }
        return required;
    }
}
