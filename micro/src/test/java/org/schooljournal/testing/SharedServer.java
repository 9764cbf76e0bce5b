package org.schooljournal.testing;

import java.net.MalformedURLException;
import java.net.URL;

/**
 * The Payara Micro that the module's black-box tests share, started once by the build ({@code
 * src/test/micro/server.sh}): one start instead of one deployment per test class. It runs the
 * packaged WAR plus the test-only probes of {@code org.schooljournal.probe}, so that a test needing
 * a probe shares it too; a test that must stop, kill or reconfigure a server at start-up starts its
 * own ({@link OwnMicro}).
 */
public final class SharedServer {
    private SharedServer() {}

    /** The application's base URL, ending in a slash (as Arquillian gave it). */
    public static URL url() {
        String url = System.getProperty("journal.url");
        if (url == null) {
            throw new IllegalStateException("journal.url is not set: run the tests through Maven");
        }
        try {
            return new URL(url.endsWith("/") ? url : url + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
