package org.schooljournal.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.schooljournal.platform.control.Caller;

/**
 * Hands the request's address to the services, which have no request of their own, so the audit
 * trail can say where a change came from (R-A08); behind a trusted proxy, the client it names
 * ({@link ClientAddress}).
 */
@WebFilter(urlPatterns = {"/api/*", "*.xhtml"})
public class CallerAddress extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject Caller caller;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        caller.comesFrom(ClientAddress.of(request));
        chain.doFilter(request, response);
    }
}
