package org.schooljournal.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.schooljournal.platform.control.FreeText;

/**
 * A JSON request body read strictly before JSON-B binds it (R-A03): exactly one JSON value with
 * nothing after it, no member named twice in an object (JSON-B would keep the last silently), and
 * no control or bidirectional-override character in any text (they hide or reorder what a teacher,
 * parent or auditor reads: U+202E turns «5» into «2» on screen). Each refusal names the member at
 * fault as {@code periods[0].start}.
 */
final class StrictJson {
    /** Where the request body itself is at fault. */
    private static final String BODY = ProblemMapper.BODY;

    /** A whole body that is a single number (JSON allows it at the top). */
    private static final java.util.regex.Pattern BARE =
            java.util.regex.Pattern.compile(
                    "\\s*(-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?)\\s*");

    /**
     * Made once: {@code Json.createParser} looks the JSON-P provider up through the ServiceLoader,
     * scanning the application's jars, on every call, about 4 % of a save's CPU (issue 11 item 3).
     */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(null);

    private StrictJson() {}

    /** Refuses a body that is not one strict JSON value; returns quietly otherwise. */
    static void check(byte[] body) {
        if (BARE.matcher(new String(body, java.nio.charset.StandardCharsets.UTF_8)).matches()) {
            return; // e.g. the length of a class's week: 5
        }
        Walk walk = new Walk();
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (walk.done) {
                    throw trailing(parser.getLocation());
                }
                walk.step(event, parser);
            }
        } catch (JsonParsingException e) {
            throw walk.done ? trailing(e.getLocation()) : syntax(e.getLocation()).causedBy(e);
        } catch (JsonException e) {
            throw ApiRefusal.of(Response.Status.BAD_REQUEST, "problem.json.unreadable").causedBy(e);
        }
    }

    /**
     * JSON-B could not bind a well-formed body to the resource's input {@code type} (a text where a
     * number belongs, an unknown enum value, an object for a list): a 400 naming the member at
     * fault. JSON-B's own message seldom names it («No enum constant …»), so the body is bound
     * again part by part until one fails (only for a body already refused).
     */
    static ApiRefusal unbindable(RuntimeException failure, byte[] body, Type type) {
        String member = null;
        try (var reader = Json.createReader(new ByteArrayInputStream(body))) {
            member = failing(reader.readValue(), type, BODY);
        } catch (RuntimeException undiagnosed) {
            failure.addSuppressed(undiagnosed);
        }
        if (member == null) {
            return ApiRefusal.of(Response.Status.BAD_REQUEST, "problem.json.shape")
                    .causedBy(failure);
        }
        return ApiRefusal.invalid(new ApiRefusal.Field(member, "problem.json.type"))
                .causedBy(failure);
    }

    /**
     * The path of the first part of {@code value} that JSON-B cannot bind to {@code type}: a
     * record's member is bound alone, as the only member of the record's object, and a list's
     * element as the only element of the list, so each fails as it does in the whole; null when
     * every part binds.
     */
    private static String failing(JsonValue value, Type type, String path) {
        Class<?> raw = raw(type);
        if (raw != null && raw.isRecord() && value instanceof JsonObject object) {
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonValue member = object.get(component.getName());
                JsonObject alone =
                        member == null
                                ? null
                                : Json.createObjectBuilder()
                                        .add(component.getName(), member)
                                        .build();
                if (alone != null && !binds(alone, type)) {
                    String name =
                            BODY.equals(path)
                                    ? component.getName()
                                    : path + "." + component.getName();
                    String inner = failing(member, component.getGenericType(), name);
                    return inner != null ? inner : name;
                }
            }
            return null;
        }
        if (raw != null
                && Collection.class.isAssignableFrom(raw)
                && type instanceof ParameterizedType generic
                && value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (!binds(Json.createArrayBuilder().add(array.get(i)).build(), type)) {
                    String name = (BODY.equals(path) ? "" : path) + "[" + i + "]";
                    String inner = failing(array.get(i), generic.getActualTypeArguments()[0], name);
                    return inner != null ? inner : name;
                }
            }
            return null;
        }
        return binds(value, type) ? null : path;
    }

    private static boolean binds(JsonValue value, Type type) {
        try {
            Binding.JSONB.fromJson(value.toString(), type);
            return true;
        } catch (RuntimeException unbound) {
            return false;
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    /** JSON-B as the API binds bodies (its defaults), made once when first needed. */
    private static final class Binding {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    /** The first character that no free text may hold ({@link FreeText}); null when none. */
    static String forbiddenCharacter(String text) {
        return FreeText.forbiddenCharacter(text);
    }

    private static ApiRefusal syntax(JsonLocation at) {
        return ApiRefusal.of(
                Response.Status.BAD_REQUEST, "problem.json.syntax", line(at), column(at));
    }

    private static ApiRefusal trailing(JsonLocation at) {
        return ApiRefusal.of(
                Response.Status.BAD_REQUEST, "problem.json.trailing", line(at), column(at));
    }

    private static String line(JsonLocation at) {
        return at == null ? "?" : String.valueOf(at.getLineNumber());
    }

    private static String column(JsonLocation at) {
        return at == null ? "?" : String.valueOf(at.getColumnNumber());
    }

    /** Where the parser is: the open objects and arrays, each with its path. */
    private static final class Walk {
        private final Deque<Level> open = new ArrayDeque<>();
        private boolean done;

        void step(JsonParser.Event event, JsonParser parser) {
            switch (event) {
                case START_OBJECT -> open.push(new Level(here(), new HashSet<>()));
                case START_ARRAY -> open.push(new Level(here(), null));
                case END_OBJECT, END_ARRAY -> {
                    open.pop();
                    valueEnded();
                }
                case KEY_NAME -> {
                    Level object = open.peek();
                    object.key = parser.getString();
                    refuseForbidden(object.key, here());
                    if (!object.keys.add(object.key)) {
                        throw ApiRefusal.invalid(
                                new ApiRefusal.Field(here(), "problem.json.duplicateKey"));
                    }
                }
                case VALUE_STRING -> {
                    refuseForbidden(parser.getString(), here());
                    valueEnded();
                }
                default -> valueEnded();
            }
        }

        /** The path of the value being read. */
        private String here() {
            Level level = open.peek();
            if (level == null) {
                return BODY;
            }
            String prefix = BODY.equals(level.path) ? "" : level.path;
            if (level.keys == null) {
                return prefix + "[" + level.index + "]";
            }
            return prefix.isEmpty() ? level.key : prefix + "." + level.key;
        }

        private void valueEnded() {
            Level level = open.peek();
            if (level == null) {
                done = true;
            } else if (level.keys == null) {
                level.index++;
            }
        }

        private static void refuseForbidden(String text, String field) {
            String character = forbiddenCharacter(text);
            if (character != null) {
                throw ApiRefusal.invalid(
                        new ApiRefusal.Field(field, "problem.text.forbidden", character));
            }
        }
    }

    /** An open object (with the keys seen and the current one) or array (with its index). */
    private static final class Level {
        final String path;
        final Set<String> keys;
        String key;
        int index;

        Level(String path, Set<String> keys) {
            this.path = path;
            this.keys = keys;
        }
    }
}
