package org.schooljournal.platform.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * JSON schemas of the Java types JSON-B binds request and response bodies with (its defaults, as
 * the API uses them): a record is an object of its components, named as a component schema; an enum
 * a string of its constants; a collection an array, a map an object; java.time values ISO strings.
 * The Bean Validation constraints on a record's components go into its schema.
 */
final class JsonSchemas {
    private final Map<Class<?>, String> names = new HashMap<>();
    private final Map<String, Class<?>> named = new HashMap<>();
    private final Map<String, Schema> components = new LinkedHashMap<>();

    /** The component schemas of the records met so far, by name. */
    Map<String, Schema> components() {
        return components;
    }

    /** The schema of a value of {@code type}; null where the type says nothing JSON-B would. */
    Schema of(Type type) {
        if (type instanceof ParameterizedType parameterized
                && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return array(of(arguments[0]), Set.class.isAssignableFrom(raw));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return schema(SchemaType.OBJECT).additionalPropertiesSchema(any(of(arguments[1])));
            }
            if (raw == Optional.class) {
                return of(arguments[0]);
            }
            return of(raw);
        }
        if (type instanceof GenericArrayType array) {
            return array(of(array.getGenericComponentType()), false);
        }
        return type instanceof Class<?> c ? of(c) : null;
    }

    private Schema of(Class<?> c) {
        if (c.isArray()) {
            return array(of(c.getComponentType()), false);
        }
        if (c.isEnum()) {
            Schema schema = schema(SchemaType.STRING);
            for (Object constant : c.getEnumConstants()) {
                schema.addEnumeration(((Enum<?>) constant).name());
            }
            return schema;
        }
        if (c.isRecord()) {
            return OASFactory.createSchema().ref("#/components/schemas/" + component(c));
        }
        if (c == String.class || c == char.class || c == Character.class) {
            return schema(SchemaType.STRING);
        }
        if (c == boolean.class || c == Boolean.class) {
            return schema(SchemaType.BOOLEAN);
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            return schema(SchemaType.INTEGER).format("int32");
        }
        if (c == byte.class || c == Byte.class || c == BigInteger.class) {
            return schema(SchemaType.INTEGER);
        }
        if (c == long.class || c == Long.class) {
            return schema(SchemaType.INTEGER).format("int64");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return schema(SchemaType.NUMBER);
        }
        if (c == BigDecimal.class) {
            return schema(SchemaType.NUMBER);
        }
        if (c == LocalDate.class) {
            return schema(SchemaType.STRING).format("date");
        }
        if (c == LocalDateTime.class
                || c == OffsetDateTime.class
                || c == ZonedDateTime.class
                || c == Instant.class) {
            return schema(SchemaType.STRING).format("date-time");
        }
        if (c == LocalTime.class) {
            return schema(SchemaType.STRING).description("a time of day, ISO 8601: 08:30:00");
        }
        if (c == Duration.class) {
            return schema(SchemaType.STRING).format("duration");
        }
        if (c == UUID.class) {
            return schema(SchemaType.STRING).format("uuid");
        }
        if (c == URI.class) {
            return schema(SchemaType.STRING).format("uri");
        }
        if (c == Object.class) {
            return OASFactory.createSchema();
        }
        return null;
    }

    /**
     * The name of a record's component schema, its schema made on first use: the simple name of a
     * top-level record, a nested one qualified by its enclosing class ({@code
     * CalendarResource.PlanInput}), the full name where two records would share a name.
     */
    private String component(Class<?> record) {
        String name = names.get(record);
        if (name != null) {
            return name;
        }
        name =
                record.getEnclosingClass() == null
                        ? record.getSimpleName()
                        : record.getEnclosingClass().getSimpleName() + "." + record.getSimpleName();
        if (named.containsKey(name)) {
            name = record.getName().replace('$', '.');
        }
        names.put(record, name);
        named.put(name, record);
        Schema schema = schema(SchemaType.OBJECT);
        components.put(name, schema);
        for (RecordComponent component : record.getRecordComponents()) {
            Schema property = any(of(component.getGenericType()));
            AnnotatedElement field = field(record, component);
            if (field.isAnnotationPresent(NotNull.class)
                    || field.isAnnotationPresent(NotBlank.class)
                    || field.isAnnotationPresent(NotEmpty.class)) {
                schema.addRequired(component.getName());
            }
            constrain(property, field);
            schema.addProperty(component.getName(), property);
        }
        return name;
    }

    /** Where a record component's constraints are: its field (they are kept off the accessor's). */
    private static AnnotatedElement field(Class<?> record, RecordComponent component) {
        try {
            return record.getDeclaredField(component.getName());
        } catch (NoSuchFieldException impossible) {
            return component;
        }
    }

    /** The constraints of Bean Validation a schema can state (the rest is said by a refusal). */
    private static void constrain(Schema property, AnnotatedElement field) {
        boolean array = property.getType() == SchemaType.ARRAY;
        if (field.isAnnotationPresent(NotBlank.class)
                || field.isAnnotationPresent(NotEmpty.class)) {
            if (array) {
                property.minItems(1);
            } else {
                property.minLength(1);
            }
        }
        Size size = field.getAnnotation(Size.class);
        if (size != null) {
            if (array) {
                property.minItems(size.min() > 0 ? size.min() : null);
                property.maxItems(size.max() < Integer.MAX_VALUE ? size.max() : null);
            } else {
                property.minLength(size.min() > 0 ? size.min() : null);
                property.maxLength(size.max() < Integer.MAX_VALUE ? size.max() : null);
            }
        }
        Min min = field.getAnnotation(Min.class);
        if (min != null) {
            property.minimum(BigDecimal.valueOf(min.value()));
        }
        Max max = field.getAnnotation(Max.class);
        if (max != null) {
            property.maximum(BigDecimal.valueOf(max.value()));
        }
        DecimalMin decimalMin = field.getAnnotation(DecimalMin.class);
        if (decimalMin != null && decimalMin.inclusive()) {
            property.minimum(new BigDecimal(decimalMin.value()));
        }
        DecimalMax decimalMax = field.getAnnotation(DecimalMax.class);
        if (decimalMax != null && decimalMax.inclusive()) {
            property.maximum(new BigDecimal(decimalMax.value()));
        }
        Pattern pattern = field.getAnnotation(Pattern.class);
        if (pattern != null) {
            property.pattern(pattern.regexp());
        }
    }

    private static Schema array(Schema items, boolean unique) {
        Schema array = schema(SchemaType.ARRAY).items(any(items));
        return unique ? array.uniqueItems(true) : array;
    }

    /** A schema allowing anything where the type says nothing more. */
    private static Schema any(Schema schema) {
        return schema == null ? OASFactory.createSchema() : schema;
    }

    private static Schema schema(SchemaType type) {
        return OASFactory.createSchema().type(type);
    }
}
