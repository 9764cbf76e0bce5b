package org.schooljournal.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The pages' ES modules (the journal grid's {@code resources/journal/grid/*.js}) under a path that
 * carries their content's hash: {@code /modules/<version>/journal/grid/main.js}. A module imports
 * its neighbours by relative paths ({@code ./api.js}), which resolve under the same versioned path,
 * so one version in the page's {@code <script type="module">} versions them all. The browser may
 * keep them for a year ({@link ScriptModuleServlet}); a deployment that changes any script changes
 * the version, so its pages load the new modules at once, and one that changes none keeps the
 * cached ones. Pages themselves are never cached ({@link SecurityHeaders}), so a page always names
 * the current version.
 */
@Named("scriptModules")
@ApplicationScoped
public class ScriptModules {
    /** Where the scripts are: the web application's static resources. */
    static final String ROOT = "/resources/";

    /** The path the versioned modules are served under (after the context path). */
    public static final String PATH = "/modules/";

    /* a module's path below ROOT: folders and names of letters, digits and dashes, ending in .js */
    private static final Pattern MODULE = Pattern.compile("(?:[a-z0-9-]+/)*[a-z0-9-]+\\.js");

    @Inject ServletContext servletContext;

    private volatile String version;

    /** The URL of a module below {@code resources/}, e.g. {@code journal/grid/main.js}. */
    public String url(String module) {
        if (!MODULE.matcher(module).matches()) {
            throw new IllegalArgumentException("not a module path: " + module);
        }
        return servletContext.getContextPath() + PATH + version() + "/" + module;
    }

    /** The hash of every script of the application, as deployed. */
    public String version() {
        String v = version;
        if (v == null) {
            v = versionOf(scripts(ROOT, new TreeMap<>()));
            version = v;
        }
        return v;
    }

    /**
     * The resource a request's path below {@link #PATH} names ({@code /<version>/<module>}), if the
     * version is the current one and the module a script's path; a stale or other version is not
     * served (the page that asked for it was itself replaced by the deployment).
     */
    Optional<String> resourceOf(String pathInfo) {
        return resourceOf(pathInfo, version());
    }

    static Optional<String> resourceOf(String pathInfo, String version) {
        String prefix = "/" + version + "/";
        if (pathInfo == null || !pathInfo.startsWith(prefix)) {
            return Optional.empty();
        }
        String module = pathInfo.substring(prefix.length());
        return MODULE.matcher(module).matches() ? Optional.of(ROOT + module) : Optional.empty();
    }

    /** 16 hex digits of the SHA-256 over every script's path and content, in path order. */
    static String versionOf(SortedMap<String, byte[]> scripts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> script : scripts.entrySet()) {
                sha.update(script.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(script.getValue());
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private SortedMap<String, byte[]> scripts(String folder, SortedMap<String, byte[]> found) {
        Set<String> paths = servletContext.getResourcePaths(folder);
        if (paths == null) {
            return found;
        }
        for (String path : paths) {
            if (path.endsWith("/")) {
                scripts(path, found);
            } else if (path.endsWith(".js")) {
                try (InputStream in = servletContext.getResourceAsStream(path)) {
                    if (in != null) {
                        found.put(path, in.readAllBytes());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return found;
    }
}
