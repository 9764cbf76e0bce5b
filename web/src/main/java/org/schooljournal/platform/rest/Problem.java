package org.schooljournal.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem detail: what went wrong, in words, never a stack trace. */
public record Problem(String type, String title, int status, String detail) {
    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(Response.Status status, String detail) {
        return Response.status(status)
                .type(MEDIA_TYPE.withCharset("UTF-8"))
                .entity(
                        new Problem(
                                "about:blank",
                                status.getReasonPhrase(),
                                status.getStatusCode(),
                                detail))
                .build();
    }
}
