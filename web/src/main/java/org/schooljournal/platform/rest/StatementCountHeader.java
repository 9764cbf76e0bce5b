package org.schooljournal.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.schooljournal.platform.control.StatementCount;

/**
 * Diagnostics, off by default: with {@code -Djournal.diagnostics.sql=true} every API response
 * carries {@code X-SQL-Statements}, the number of SQL statements the request executed (see {@link
 * StatementCount}). Without the property the filter does nothing and the header never appears.
 */
@Provider
@PreMatching
public class StatementCountHeader implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = "X-SQL-Statements";

    @Override
    public void filter(ContainerRequestContext request) {
        if (StatementCount.enabled()) {
            StatementCount.reset();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (StatementCount.enabled()) {
            response.getHeaders().putSingle(HEADER, String.valueOf(StatementCount.current()));
        }
    }
}
