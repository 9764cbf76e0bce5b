package org.schooljournal.archive.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.archive.boundary.Archive;
import org.schooljournal.archive.boundary.DocumentDownload;
import org.schooljournal.batch.boundary.ArchiveDocumentData;
import org.schooljournal.batch.boundary.ArchiveOverview;
import org.schooljournal.platform.entity.JournalException;

/**
 * The archive browser (R-P03, R-P06): a school's documents, each downloadable with its inclusion
 * proof against the latest checkpoint. The archivist: every school; a head: its own, read-only.
 */
@ApplicationScoped
@Path("archive")
public class ArchiveDocumentsResource {
    @EJB ArchiveOverview overview;

    @EJB Archive archive;

    @GET
    @Path("schools/{schoolId}/documents")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A school's archived documents, every version, by year, class and kind")
    public List<ArchiveDocumentData> documents(@PathParam("schoolId") long schoolId) {
        return overview.documents(schoolId);
    }

    @GET
    @Path("documents/{documentId}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "An archived document's bytes (gone after its destruction act)")
    public Response pdf(@PathParam("documentId") long documentId) {
        DocumentDownload download = archive.download(documentId);
        if (download.pdf() == null) {
            throw new JournalException(JournalException.Kind.NOT_FOUND, "archive.destroyed");
        }
        return Response.ok(download.pdf(), "application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + fileName(download) + ".pdf\"")
                .header("X-Sha256", download.document().sha256())
                .build();
    }

    @GET
    @Path("documents/{documentId}/proof")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "A document's inclusion proof and the checkpoint it verifies against")
    public Response proof(@PathParam("documentId") long documentId) {
        DocumentDownload download = archive.download(documentId);
        if (download.proof() == null) {
            throw new JournalException(JournalException.Kind.NOT_FOUND, "archive.noCheckpointYet");
        }
        return Response.ok(download.proof(), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + fileName(download) + ".proof.txt\"")
                .build();
    }

    /** «document-17-v1»: ids only, no class name in a header. */
    private static String fileName(DocumentDownload download) {
        return "document-" + download.document().id() + "-v" + download.document().version();
    }
}
