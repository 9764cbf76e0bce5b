package org.schooljournal.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Serves the versioned ES modules of {@link ScriptModules}: the script as deployed, cached by the
 * browser for a year without asking again ({@code immutable}): its URL changes with its content.
 * Anything else under the path (an old version, a path that is not a script) is 404.
 */
@WebServlet(ScriptModules.PATH + "*")
public class ScriptModuleServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** A year, the longest a cache is expected to honour. */
    static final String CACHED = "public, max-age=31536000, immutable";

    @Inject transient ScriptModules modules;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<String> resource = modules.resourceOf(request.getPathInfo());
        try (InputStream in = resource.map(getServletContext()::getResourceAsStream).orElse(null)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] script = in.readAllBytes();
            response.setContentType("text/javascript;charset=UTF-8");
            response.setHeader("Cache-Control", CACHED);
            response.setContentLength(script.length);
            response.getOutputStream().write(script);
        }
    }
}
