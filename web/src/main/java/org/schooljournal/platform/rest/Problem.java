package org.schooljournal.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail: what went wrong, in words, never a stack trace; a conflict may add
 * the current value as an extension member, refused input the fields at fault ({@code errors}).
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String current,
        List<FieldError> errors) {
    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** A field of the request at fault: its name as the caller wrote it and what is wrong. */
    public record FieldError(String field, String message) {}

    public static Response response(Response.Status status, String detail) {
        return response(status, detail, null);
    }

    /**
     * {@code current}: for a conflict, what is stored now (a grid cell's text), so the client shows
     * it rather than the value it failed to save.
     */
    public static Response response(Response.Status status, String detail, String current) {
        return response(status, detail, current, List.of());
    }

    /** {@code errors}: the fields at fault, left out of the answer when there are none. */
    public static Response response(
            Response.Status status, String detail, String current, List<FieldError> errors) {
        return Response.status(status)
                .type(MEDIA_TYPE.withCharset("UTF-8"))
                .entity(
                        new Problem(
                                "about:blank",
                                status.getReasonPhrase(),
                                status.getStatusCode(),
                                detail,
                                current,
                                errors == null || errors.isEmpty() ? null : List.copyOf(errors)))
                .build();
    }
}
