package org.schooljournal.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API, version 1; described at {@code /openapi}. Same authorisation as the screens.
 *
 * <p>Every resource class is an {@code @ApplicationScoped} CDI bean: made and injected once, where
 * Jersey otherwise builds a plain resource anew for each request and looks up its EJBs again (issue
 * 11, a few per cent of a save's CPU). So a resource keeps no state of a request in its fields; its
 * {@code @Context} fields are Jersey's proxies to the current request.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "School Journal API",
                        version = "1",
                        description =
                                "Journals, marks and the diary. Sign in with HTTP Basic or the"
                                        + " screens' session. Errors are RFC 9457 problem details."))
public class JournalApi extends Application {
    /** No generated WADL at {@code application.wadl}: the API is described at /openapi (R-A03). */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
