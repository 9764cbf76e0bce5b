package org.schooljournal.testing;

import java.net.MalformedURLException;
import java.net.URL;

/**
 * The Payara Micro that the module's black-box tests share, started once by the build ({@code
 * src/test/micro/server.sh}): one start instead of one deployment per test class.
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
