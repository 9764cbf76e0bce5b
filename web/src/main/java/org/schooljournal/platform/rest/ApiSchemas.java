package org.schooljournal.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the request and response schemas of the document at {@code /openapi}. Payara's scan
 * types only the web module's own classes: the boundaries' views and inputs are a bare {@code
 * object} to it (on Payara Server it does not see the EJB module at all), and records of one simple
 * name share one schema. Here each JAX-RS method's body, answer and parameters are described from
 * their Java types ({@link JsonSchemas}), its refusals and errors by the response {@code Problem}
 * ({@link ApiDocument}); component schemas nothing refers to any more are dropped. Named by {@code
 * mp.openapi.filter} in the EJB module's {@code META-INF/microprofile-config.properties}.
 */
public class ApiSchemas implements OASFilter {
    private static final Logger LOG = Logger.getLogger(ApiSchemas.class.getName());
    private static final String RESOURCES = "org/schooljournal/";
    private static final String REFERENCE = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        try {
            JsonSchemas schemas = new JsonSchemas();
            String root = JournalApi.class.getAnnotation(ApplicationPath.class).value();
            for (Class<?> resource : resources(ApiSchemas.class.getClassLoader())) {
                for (Method method : resource.getMethods()) {
                    String http = httpMethod(method);
                    PathItem item =
                            api.getPaths() == null
                                    ? null
                                    : api.getPaths().getPathItem(path(root, resource, method));
                    Operation operation =
                            http == null || item == null
                                    ? null
                                    : item.getOperations().get(PathItem.HttpMethod.valueOf(http));
                    if (operation != null) {
                        describe(operation, method, schemas);
                    }
                }
            }
            if (api.getComponents() == null) {
                api.components(OASFactory.createComponents());
            }
            schemas.components().forEach(api.getComponents()::addSchema);
            dropUnused(api);
        } catch (RuntimeException | LinkageError e) {
            // the document keeps the schemas of the scan rather than failing /openapi
            LOG.log(Level.WARNING, "The API document's schemas could not be completed", e);
        }
    }

    /** The JAX-RS resource classes of the web module: {@code @Path} classes of a rest package. */
    static List<Class<?>> resources(ClassLoader loader) {
        Set<String> names = new TreeSet<>();
        try {
            for (URL root : Collections.list(loader.getResources(RESOURCES))) {
                classNames(root, names::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Class<?>> resources = new ArrayList<>();
        for (String name : names) {
            if (name.contains(".rest.") && !name.contains("$")) {
                try {
                    Class<?> c = Class.forName(name, false, loader);
                    if (c.isAnnotationPresent(Path.class)) {
                        resources.add(c);
                    }
                } catch (ClassNotFoundException | LinkageError notOurs) {
                    LOG.log(Level.FINE, "Not a resource: " + name, notOurs);
                }
            }
        }
        return resources;
    }

    /** The classes under {@code root}: a directory of WEB-INF/classes, or a jar's folder. */
    private static void classNames(URL root, Consumer<String> names) throws IOException {
        if ("file".equals(root.getProtocol())) {
            java.nio.file.Path dir;
            try {
                dir = java.nio.file.Path.of(root.toURI());
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
            java.nio.file.Path base = dir;
            for (int i = 0; i < RESOURCES.split("/").length; i++) {
                base = base.getParent();
            }
            java.nio.file.Path classes = base;
            try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
                files.map(f -> classes.relativize(f).toString().replace('\\', '/'))
                        .filter(f -> f.endsWith(".class"))
                        .forEach(f -> names.accept(className(f)));
            }
        } else if ("jar".equals(root.getProtocol())
                && root.openConnection() instanceof JarURLConnection connection) {
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                jar.stream()
                        .map(e -> e.getName())
                        .filter(f -> f.startsWith(RESOURCES) && f.endsWith(".class"))
                        .forEach(f -> names.accept(className(f)));
            }
        }
    }

    private static String className(String file) {
        return file.substring(0, file.length() - ".class".length()).replace('/', '.');
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** The path as the document names it: {@code /api/v1/lessons/{lessonId}/marks/{pupilId}}. */
    static String path(String root, Class<?> resource, Method method) {
        Path onMethod = method.getAnnotation(Path.class);
        String path =
                "/"
                        + root
                        + "/"
                        + resource.getAnnotation(Path.class).value()
                        + "/"
                        + (onMethod == null ? "" : onMethod.value());
        path = path.replaceAll("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/")
                ? path.substring(0, path.length() - 1)
                : path;
    }

    private static void describe(Operation operation, Method method, JsonSchemas schemas) {
        if (operation.getResponses() != null) {
            // every refusal and error is an RFC 9457 problem detail (ProblemMapper)
            operation
                    .getResponses()
                    .addAPIResponse("4XX", OASFactory.createAPIResponse().ref(ApiDocument.PROBLEM))
                    .addAPIResponse("5XX", OASFactory.createAPIResponse().ref(ApiDocument.PROBLEM));
        }
        Type answer = method.getGenericReturnType();
        if (answer != void.class && isJsonValue(method.getReturnType())) {
            Schema schema = schemas.of(answer);
            if (schema != null && operation.getResponses() != null) {
                for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                    setJson(response.getContent(), schema);
                }
            }
        }
        for (Parameter parameter : method.getParameters()) {
            String name = parameterName(parameter);
            Schema schema = schemas.of(parameter.getParameterizedType());
            if (schema == null) {
                continue;
            }
            if (name == null && isBody(parameter)) {
                RequestBody body = operation.getRequestBody();
                if (body != null) {
                    setJson(body.getContent(), schema);
                }
            } else if (name != null && operation.getParameters() != null) {
                operation.getParameters().stream()
                        .filter(p -> name.equals(p.getName()))
                        .forEach(
                                p -> {
                                    p.setSchema(schema);
                                    if (parameter.isAnnotationPresent(
                                            jakarta.validation.constraints.NotNull.class)) {
                                        p.setRequired(true);
                                    }
                                });
            }
        }
    }

    /** A type JSON-B writes as the body, not a whole response or a stream. */
    private static boolean isJsonValue(Class<?> type) {
        return !type.getName().startsWith("jakarta.ws.rs.")
                && !java.io.InputStream.class.isAssignableFrom(type)
                && type != java.io.File.class;
    }

    private static String parameterName(Parameter parameter) {
        PathParam path = parameter.getAnnotation(PathParam.class);
        if (path != null) {
            return path.value();
        }
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        if (query != null) {
            return query.value();
        }
        HeaderParam header = parameter.getAnnotation(HeaderParam.class);
        return header == null ? null : header.value();
    }

    private static boolean isBody(Parameter parameter) {
        return Stream.of(
                        Context.class,
                        CookieParam.class,
                        FormParam.class,
                        MatrixParam.class,
                        BeanParam.class)
                .noneMatch(parameter::isAnnotationPresent);
    }

    /** Sets the schema of the JSON media types of {@code content}; others keep theirs. */
    private static void setJson(Content content, Schema schema) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> media : content.getMediaTypes().entrySet()) {
            String type = media.getKey();
            if (type.equals("application/json") || type.endsWith("+json")) {
                media.getValue().setSchema(schema);
            }
        }
    }

    /** Drops the component schemas that neither an operation nor another component refers to. */
    private static void dropUnused(OpenAPI api) {
        Set<String> used = new HashSet<>();
        List<Schema> pending = new ArrayList<>();
        if (api.getPaths() != null) {
            for (PathItem item : api.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(p -> pending.add(p.getSchema()));
                    }
                    if (operation.getRequestBody() != null) {
                        schemas(operation.getRequestBody().getContent(), pending);
                    }
                    if (operation.getResponses() != null) {
                        operation
                                .getResponses()
                                .getAPIResponses()
                                .values()
                                .forEach(r -> schemas(r.getContent(), pending));
                    }
                }
            }
        }
        Map<String, Schema> components = api.getComponents().getSchemas();
        if (api.getComponents().getResponses() != null) {
            api.getComponents()
                    .getResponses()
                    .values()
                    .forEach(r -> schemas(r.getContent(), pending));
        }
        while (!pending.isEmpty()) {
            Schema schema = pending.remove(pending.size() - 1);
            if (schema == null) {
                continue;
            }
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(REFERENCE)) {
                String name = ref.substring(REFERENCE.length());
                if (used.add(name) && components != null) {
                    pending.add(components.get(name));
                }
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            pending.add(schema.getItems());
            pending.add(schema.getAdditionalPropertiesSchema());
            Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                    .filter(list -> list != null)
                    .forEach(pending::addAll);
        }
        if (components != null) {
            components.keySet().stream()
                    .filter(name -> !used.contains(name))
                    .toList()
                    .forEach(api.getComponents()::removeSchema);
        }
    }

    private static void schemas(Content content, List<Schema> into) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> into.add(m.getSchema()));
        }
    }
}
