package org.schooljournal.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The packaged Micro WAR itself, as built: the tests exercise what ships. */
final class Deployments {
    private Deployments() {}

    static WebArchive journal() {
        return ShrinkWrap.create(ZipImporter.class, "journal.war")
                .importFrom(new File(System.getProperty("journal.war")))
                .as(WebArchive.class);
    }
}
