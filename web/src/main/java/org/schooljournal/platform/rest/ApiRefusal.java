package org.schooljournal.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;

/**
 * The REST layer refusing a request before any service sees it (an unreadable or too large body, a
 * malformed parameter): a status and a key of the texts bundle ({@code problem.*}, Russian by
 * default, English too) with its arguments, and for input the fields at fault. {@link
 * ProblemMapper} renders it in the caller's language.
 */
public class ApiRefusal extends WebApplicationException {
    /** One field at fault: its name as the caller wrote it (JSON member, query parameter). */
    public record Field(String name, String key, Object... args) {
        public Field {
            args = args.clone();
        }

        @Override
        public Object[] args() {
            return args.clone();
        }
    }

    private final String key;
    private final Object[] args;
    private final transient List<Field> fields;

    private ApiRefusal(
            Response.Status status,
            String key,
            Object[] args,
            List<Field> fields,
            Throwable cause) {
        super(key + Arrays.toString(args), cause, status);
        this.key = key;
        this.args = args.clone();
        this.fields = List.copyOf(fields);
    }

    /** A refusal as a whole, such as a body that is not JSON. */
    public static ApiRefusal of(Response.Status status, String key, Object... args) {
        return new ApiRefusal(status, key, args, List.of(), null);
    }

    /** A refusal of what the request body or its parameters hold, naming the fields at fault. */
    public static ApiRefusal invalid(Field... fields) {
        return new ApiRefusal(
                Response.Status.BAD_REQUEST, "error.invalid", new Object[0], List.of(fields), null);
    }

    /** The same refusal, keeping what caused it for the log. */
    public ApiRefusal causedBy(Throwable cause) {
        return new ApiRefusal(
                Response.Status.fromStatusCode(getResponse().getStatus()),
                key,
                args,
                fields,
                cause);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<Field> fields() {
        return fields;
    }
}
