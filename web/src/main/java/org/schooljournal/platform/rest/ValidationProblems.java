package org.schooljournal.platform.rest;

import jakarta.annotation.Priority;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation's refusals, of a resource's parameters or of a service's (Jersey hands a
 * service's cause on by itself): without this mapper the server's own one, closer to the exception
 * than {@link ProblemMapper}, answers a bare 400 that the container dresses as an HTML page. Both
 * map the same exception type, so this one ranks first ({@code @Priority} below the default). The
 * problem itself is {@link ProblemMapper}'s: a 400 naming each field at fault.
 */
@Provider
@Priority(Priorities.USER - 100)
public class ValidationProblems implements ExceptionMapper<ValidationException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(ValidationException thrown) {
        return ProblemMapper.respond(thrown, CallerLanguage.of(headers));
    }
}
