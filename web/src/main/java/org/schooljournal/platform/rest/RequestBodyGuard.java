package org.schooljournal.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Request bodies of the API (R-A03): never read past a limit — 2 MB of JSON, 12 MB of an upload
 * (the roster and lesson-plan imports refuse more than 2 MB themselves, with their own words) —
 * refused with 413 on the declared {@code Content-Length} before anything is read, and counted
 * while reading a body sent in chunks. A JSON body is then read strictly ({@link StrictJson}) and,
 * when JSON-B cannot bind it to the resource's input, refused with 400 instead of failing.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class RequestBodyGuard implements ContainerRequestFilter, ReaderInterceptor {
    static final long JSON_LIMIT = 2L * 1024 * 1024;
    static final long UPLOAD_LIMIT = 12L * 1024 * 1024;

    /**
     * How much of a body sent in chunks is still read, and thrown away, once it is over its limit:
     * a client that is still sending then gets the 413 rather than a connection reset. A body
     * longer than that is cut off (the server closes the connection).
     */
    static final long DRAIN = 4L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || declared.isBlank()) {
            return;
        }
        long limit =
                isJson(request.getHeaderString(HttpHeaders.CONTENT_TYPE))
                        ? JSON_LIMIT
                        : UPLOAD_LIMIT;
        try {
            if (Long.parseLong(declared.strip()) > limit) {
                throw tooLarge(limit);
            }
        } catch (NumberFormatException unreadable) {
            // the HTTP server itself refuses a malformed length; nothing to add here
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context)
            throws IOException, WebApplicationException {
        boolean json = context.getMediaType() != null && isJson(context.getMediaType().toString());
        long limit = json ? JSON_LIMIT : UPLOAD_LIMIT;
        if (!json) {
            context.setInputStream(new Limited(context.getInputStream(), limit));
            return context.proceed();
        }
        byte[] body = readAtMost(context.getInputStream(), limit);
        if (blank(body)) {
            throw ApiRefusal.of(Response.Status.BAD_REQUEST, "problem.body.missing");
        }
        StrictJson.check(body);
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (WebApplicationException refused) {
            throw refused;
        } catch (RuntimeException unbindable) {
            // JSON-B's JsonbException, which Jersey wraps in a ProcessingException
            throw StrictJson.unbindable(unbindable, body, context.getGenericType());
        }
    }

    /** A Content-Type of JSON: {@code application/json}, {@code …/…+json}; null: not JSON. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.endsWith("/json") || type.endsWith("+json");
    }

    /** Nothing but JSON's white space: no body at all. */
    private static boolean blank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        for (int read = in.read(chunk); read != -1; read = in.read(chunk)) {
            if (body.size() + (long) read > limit) {
                throw tooLarge(in, limit);
            }
            body.write(chunk, 0, read);
        }
        return body.toByteArray();
    }

    /** Over the limit while reading: drains a little of the rest (see {@link #DRAIN}). */
    private static ApiRefusal tooLarge(InputStream in, long limit) {
        byte[] discard = new byte[8192];
        try {
            for (long drained = 0; drained < DRAIN; ) {
                int read = in.read(discard);
                if (read == -1) {
                    break;
                }
                drained += read;
            }
        } catch (IOException | RuntimeException gone) {
            // the client stopped sending: nothing left to spare it
        }
        return tooLarge(limit);
    }

    private static ApiRefusal tooLarge(long limit) {
        return ApiRefusal.of(
                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "problem.body.tooLarge",
                String.valueOf(limit / (1024 * 1024)));
    }

    /** A body that refuses to be read past its limit. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long read) {
            count += read;
            if (count > limit) {
                throw tooLarge(in, limit);
            }
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
