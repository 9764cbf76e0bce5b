package org.schooljournal.platform.rest;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.entity.JournalException;

/**
 * Turns every failure of the API into a problem detail in the caller's language ({@link
 * CallerLanguage}; Russian by default): the one place that maps refusals to problems. Another
 * school's object and a missing one both answer 404 (R-T01); refused input answers 400 naming the
 * fields at fault (R-A03), also in {@code errors}. {@link ValidationProblems} routes Bean
 * Validation's failures here, ahead of the server's own mapper.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    /** The screens' texts, which hold the API's own ({@code problem.*}). */
    private static final String TEXTS = "org.schooljournal.web.texts";

    /** The request body (an entity parameter of a resource method), as a field name. */
    static final String BODY = "body";

    @Context HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        return respond(thrown, CallerLanguage.of(headers));
    }

    static Response respond(Throwable thrown, Locale locale) {
        Verdict verdict = judge(thrown, locale);
        return Problem.response(
                verdict.status(), verdict.detail(), verdict.current(), verdict.errors());
    }

    /** The status and message a failure deserves, and the fields at fault. */
    record Verdict(
            Response.Status status,
            String detail,
            String current,
            List<Problem.FieldError> errors) {
        Verdict(Response.Status status, String detail) {
            this(status, detail, null, List.of());
        }

        Verdict(Response.Status status, String detail, String current) {
            this(status, detail, current, List.of());
        }

        /** A 400 whose detail lists the fields at fault: «Неверные данные: text: …; value: …». */
        static Verdict invalid(List<Problem.FieldError> errors, Locale locale) {
            List<Problem.FieldError> sorted =
                    errors.stream()
                            .distinct()
                            .sorted(
                                    java.util.Comparator.comparing(Problem.FieldError::field)
                                            .thenComparing(Problem.FieldError::message))
                            .toList();
            String listed =
                    sorted.stream()
                            .map(e -> e.field() + ": " + e.message())
                            .collect(Collectors.joining("; "));
            return new Verdict(
                    Response.Status.BAD_REQUEST,
                    text(locale, "error.invalid", listed),
                    null,
                    sorted);
        }
    }

    static Verdict judge(Throwable thrown, Locale locale) {
        if (isAccessDenied(thrown)) {
            return new Verdict(Response.Status.FORBIDDEN, text(locale, "error.forbidden"));
        }
        if (isUniqueViolation(thrown)) {
            // Two people created the same thing at the same moment: the database's unique key
            // refused the second; say so instead of failing with a 500.
            return new Verdict(Response.Status.CONFLICT, text(locale, "error.duplicate"));
        }
        Throwable e = unwrap(thrown);
        if (e instanceof ApiRefusal refusal) {
            return refused(refusal, locale);
        }
        if (e instanceof JournalException j) {
            return new Verdict(status(j.kind()), Messages.text(j, locale), j.current());
        }
        if (e instanceof ConstraintViolationException v && !onReturnValue(v)) {
            return Verdict.invalid(
                    v.getConstraintViolations().stream()
                            .map(c -> new Problem.FieldError(field(c), message(c, locale)))
                            .toList(),
                    locale);
        }
        if (e instanceof java.time.format.DateTimeParseException d) {
            return new Verdict(
                    Response.Status.BAD_REQUEST,
                    text(locale, "error.invalid", d.getParsedString()));
        }
        if (e instanceof OptimisticLockException) {
            return new Verdict(Response.Status.CONFLICT, text(locale, "error.conflict"));
        }
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            return rejected(w, locale);
        }
        if (e instanceof ValidationException) {
            // a constraint declared wrongly or a result breaking its own constraints: our fault
            LOG.log(Level.SEVERE, "API call failed its own constraints", thrown);
        } else {
            LOG.log(Level.SEVERE, "API call failed", thrown);
        }
        return new Verdict(Response.Status.INTERNAL_SERVER_ERROR, text(locale, "error.internal"));
    }

    private static Verdict refused(ApiRefusal refusal, Locale locale) {
        Response.Status status = Response.Status.fromStatusCode(refusal.getResponse().getStatus());
        if (!refusal.fields().isEmpty()) {
            return Verdict.invalid(
                    refusal.fields().stream()
                            .map(
                                    f ->
                                            new Problem.FieldError(
                                                    f.name(), text(locale, f.key(), f.args())))
                            .toList(),
                    locale);
        }
        return new Verdict(
                status == null ? Response.Status.BAD_REQUEST : status,
                text(locale, refusal.key(), refusal.args()));
    }

    /**
     * A refusal by JAX-RS itself (no such path, method or media type, an empty body, a query
     * parameter that does not convert), in words rather than «HTTP 404 Not Found».
     */
    private static Verdict rejected(WebApplicationException w, Locale locale) {
        int code = w.getResponse().getStatus();
        String parameter = refusedParameter(w);
        if (parameter != null) {
            return Verdict.invalid(
                    List.of(
                            new Problem.FieldError(
                                    parameter, text(locale, "problem.parameter.invalid"))),
                    locale);
        }
        if (w instanceof BadRequestException && w.getCause() instanceof NoContentException) {
            return new Verdict(Response.Status.BAD_REQUEST, text(locale, "problem.body.missing"));
        }
        Response.Status status = Response.Status.fromStatusCode(code);
        String detail = text(locale, "problem.status." + code);
        if (detail.equals("problem.status." + code)) {
            detail = status == null ? String.valueOf(code) : status.getReasonPhrase();
        }
        return new Verdict(status == null ? Response.Status.BAD_REQUEST : status, detail);
    }

    /**
     * The name of a query, header, cookie, form or matrix parameter that did not convert to its
     * type (Jersey's ParamException, which JAX-RS answers 404 for a query parameter): a 400 naming
     * it. A path parameter that does not convert still answers 404: there is no such resource.
     */
    private static String refusedParameter(WebApplicationException w) {
        String type = w.getClass().getName();
        if (!type.startsWith("org.glassfish.jersey.server.ParamException")
                || type.endsWith("PathParamException")) {
            return null;
        }
        try {
            Object name = w.getClass().getMethod("getParameterName").invoke(w);
            return name == null ? null : name.toString();
        } catch (ReflectiveOperationException | RuntimeException notJersey) {
            return null;
        }
    }

    /** Constraints on what a method answers are the server's own promise: a 500, not a 400. */
    private static boolean onReturnValue(ConstraintViolationException v) {
        return v.getConstraintViolations().stream()
                .anyMatch(
                        c -> {
                            for (var node : c.getPropertyPath()) {
                                if (node.getKind() == ElementKind.RETURN_VALUE) {
                                    return true;
                                }
                            }
                            return false;
                        });
    }

    /**
     * The field a violation is about, as the caller wrote it: the JSON member of a request body
     * ({@code periods[0].start}; {@code body} for the body itself), the name of a query or path
     * parameter, or a service's parameter name.
     */
    static String field(ConstraintViolation<?> violation) {
        List<jakarta.validation.Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder name = new StringBuilder();
        int start = 0;
        if (!nodes.isEmpty()
                && (nodes.get(0).getKind() == ElementKind.METHOD
                        || nodes.get(0).getKind() == ElementKind.CONSTRUCTOR)) {
            start = 1;
            if (nodes.size() > 1 && nodes.get(1).getKind() == ElementKind.PARAMETER) {
                start = 2;
                var parameter = nodes.get(1).as(jakarta.validation.Path.ParameterNode.class);
                String http =
                        httpName(
                                violation.getRootBeanClass(),
                                nodes.get(0),
                                parameter.getParameterIndex());
                if (http == null) {
                    name.append(parameter.getName());
                } else if (!http.isEmpty()) {
                    name.append(http);
                } else if (nodes.size() == 2) {
                    name.append(BODY);
                }
            }
        }
        for (int i = start; i < nodes.size(); i++) {
            var node = nodes.get(i);
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                name.append('[').append(at == null ? "" : at).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.length() == 0 ? BODY : name.toString();
    }

    /**
     * For a parameter of a resource method: its name in the request ({@code @QueryParam} etc.), or
     * "" for the request body; null when the class is not a resource (a service's parameter).
     */
    private static String httpName(
            Class<?> root, jakarta.validation.Path.Node methodNode, int index) {
        if (root == null || methodNode.getKind() != ElementKind.METHOD) {
            return null;
        }
        // a CDI proxy subclasses the resource and carries neither @Path nor the annotations
        Class<?> resource = root;
        while (resource != null && !resource.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
            resource = resource.getSuperclass();
        }
        if (resource == null) {
            return null;
        }
        try {
            Method method =
                    resource.getDeclaredMethod(
                            methodNode.getName(),
                            methodNode
                                    .as(jakarta.validation.Path.MethodNode.class)
                                    .getParameterTypes()
                                    .toArray(Class<?>[]::new));
            for (Annotation a : method.getParameterAnnotations()[index]) {
                String named = parameterName(a);
                if (named != null) {
                    return named;
                }
                if (a instanceof Context || a instanceof jakarta.ws.rs.BeanParam) {
                    return null;
                }
            }
            return "";
        } catch (NoSuchMethodException | RuntimeException unknown) {
            return null;
        }
    }

    private static String parameterName(Annotation a) {
        if (a instanceof QueryParam q) {
            return q.value();
        }
        if (a instanceof PathParam p) {
            return p.value();
        }
        if (a instanceof HeaderParam h) {
            return h.value();
        }
        if (a instanceof FormParam f) {
            return f.value();
        }
        if (a instanceof CookieParam c) {
            return c.value();
        }
        if (a instanceof MatrixParam m) {
            return m.value();
        }
        return null;
    }

    /**
     * What a violated constraint asks for, in the caller's language («не длиннее 2000 символов»); a
     * constraint without a text of ours keeps Bean Validation's message.
     */
    static String message(ConstraintViolation<?> violation, Locale locale) {
        var descriptor = violation.getConstraintDescriptor();
        String constraint = descriptor.getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = descriptor.getAttributes();
        return switch (constraint) {
            case "NotNull" -> text(locale, "problem.constraint.required");
            case "NotBlank", "NotEmpty" -> text(locale, "problem.constraint.notBlank");
            case "Size" -> size(violation, attributes, locale);
            case "Min", "DecimalMin", "Positive", "PositiveOrZero" ->
                    text(locale, "problem.constraint.min", bound(constraint, attributes));
            case "Max", "DecimalMax", "Negative", "NegativeOrZero" ->
                    text(locale, "problem.constraint.max", bound(constraint, attributes));
            case "Pattern" -> text(locale, "problem.constraint.pattern");
            default -> violation.getMessage();
        };
    }

    private static String size(
            ConstraintViolation<?> violation, Map<String, Object> attributes, Locale locale) {
        int min = ((Number) attributes.get("min")).intValue();
        int max = ((Number) attributes.get("max")).intValue();
        String unit = violation.getInvalidValue() instanceof CharSequence ? "chars" : "items";
        if (min <= 0) {
            return text(locale, "problem.constraint.sizeMax." + unit, String.valueOf(max));
        }
        if (max == Integer.MAX_VALUE) {
            return text(locale, "problem.constraint.sizeMin." + unit, String.valueOf(min));
        }
        return text(
                locale,
                "problem.constraint.size." + unit,
                String.valueOf(min),
                String.valueOf(max));
    }

    private static String bound(String constraint, Map<String, Object> attributes) {
        return switch (constraint) {
            case "Positive" -> "1";
            case "PositiveOrZero", "NegativeOrZero" -> "0";
            case "Negative" -> "-1";
            default -> String.valueOf(attributes.get("value"));
        };
    }

    /**
     * A text in the caller's language: the API's own ({@code problem.*} in the screens' bundle), or
     * the services' messages bundle ({@code error.*}); the key itself when neither has it.
     */
    static String text(Locale locale, String key, Object... args) {
        Locale effective =
                "en".equals(locale == null ? null : locale.getLanguage())
                        ? Locale.ENGLISH
                        : Messages.RUSSIAN;
        try {
            ResourceBundle texts =
                    ResourceBundle.getBundle(
                            TEXTS,
                            effective,
                            ResourceBundle.Control.getNoFallbackControl(
                                    ResourceBundle.Control.FORMAT_PROPERTIES));
            if (texts.containsKey(key)) {
                return new MessageFormat(texts.getString(key), effective).format(args);
            }
        } catch (MissingResourceException noBundle) {
            // the services' bundle below
        }
        return Messages.text(effective, key, args);
    }

    /**
     * A role check of the EJB container failed (Payara throws AccessLocalException for local
     * calls).
     */
    private static boolean isAccessDenied(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
                return true;
            }
        }
        return false;
    }

    /** SQLState 23505 (unique violation) on PostgreSQL and H2. */
    private static boolean isUniqueViolation(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof EJBException
                        || current instanceof PersistenceException
                                && !(current instanceof OptimisticLockException))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static Response.Status status(JournalException.Kind kind) {
        return switch (kind) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case CONFLICT -> Response.Status.CONFLICT;
        };
    }
}
