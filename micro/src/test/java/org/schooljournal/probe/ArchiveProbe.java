package org.schooljournal.probe;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Base64;
import org.schooljournal.archive.boundary.Archive;
import org.schooljournal.archive.boundary.ArchivedDocument;
import org.schooljournal.archive.boundary.BookKind;
import org.schooljournal.archive.boundary.Checkpoint;
import org.schooljournal.archive.boundary.DocumentDownload;
import org.schooljournal.archive.boundary.IntegrityReport;

/**
 * Test-only: the {@link Archive} boundary over HTTP, so that ArchiveIT calls it as a signed-in
 * archivist, head or teacher (HTTP Basic on /api); the screens and jobs that call it come with
 * other branches. Refusals go through the application's ProblemMapper.
 */
@Path("test-archive")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveProbe {
    @EJB Archive archive;

    @POST
    @Path("deposit")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public JsonObject deposit(
            @QueryParam("school") long school,
            @QueryParam("year") long year,
            @QueryParam("class") long classId,
            @QueryParam("name") String name,
            @QueryParam("kind") String kind,
            @QueryParam("closed") String closed,
            byte[] pdf) {
        return json(
                archive.deposit(
                        school,
                        year,
                        classId,
                        name,
                        BookKind.valueOf(kind),
                        pdf,
                        LocalDate.parse(closed)));
    }

    @POST
    @Path("checkpoint")
    public JsonObject checkpoint() {
        return json(archive.checkpoint());
    }

    @GET
    @Path("documents")
    public String documents(@QueryParam("school") long school, @QueryParam("year") Long year) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        archive.documents(school, year).forEach(d -> list.add(json(d)));
        return list.build().toString();
    }

    @GET
    @Path("download/{id}")
    public JsonObject download(@PathParam("id") long id) {
        DocumentDownload d = archive.download(id);
        JsonObjectBuilder b = Json.createObjectBuilder().add("document", json(d.document()));
        if (d.pdf() != null) {
            b.add("pdf", Base64.getEncoder().encodeToString(d.pdf()));
        }
        if (d.proof() != null) {
            b.add("proof", d.proof()).add("checkpoint", json(d.checkpoint()));
        }
        return b.build();
    }

    @GET
    @Path("consistency")
    public JsonObject consistency(@QueryParam("from") long from, @QueryParam("to") long to) {
        var proof = archive.consistency(from, to);
        return Json.createObjectBuilder()
                .add("verified", proof.verified())
                .add("steps", proof.path().size())
                .build();
    }

    @GET
    @Path("check")
    public JsonObject check() {
        IntegrityReport report = archive.check();
        JsonArrayBuilder findings = Json.createArrayBuilder();
        for (IntegrityReport.Finding f : report.findings()) {
            findings.add(
                    Json.createObjectBuilder()
                            .add("problem", f.problem().name())
                            .add("record", f.record())
                            .add("detail", f.detail()));
        }
        return Json.createObjectBuilder()
                .add("intact", report.intact())
                .add("summary", report.summary())
                .add("documents", report.documents())
                .add("bytes", report.bytes())
                .add("mbps", report.megabytesPerSecond())
                .add("bytesReadBy", report.bytesReadBy())
                .add("findings", findings)
                .build();
    }

    @GET
    @Path("expired")
    public String expired(@QueryParam("on") String on) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        archive.expired(LocalDate.parse(on)).forEach(d -> list.add(json(d)));
        return list.build().toString();
    }

    @POST
    @Path("destroy/{id}")
    public JsonObject destroy(
            @PathParam("id") long id,
            @QueryParam("act") String act,
            @QueryParam("approvedBy") String approvedBy) {
        archive.destroy(id, act, approvedBy);
        return Json.createObjectBuilder().add("destroyed", id).build();
    }

    private static JsonObject json(ArchivedDocument d) {
        return Json.createObjectBuilder()
                .add("id", d.id())
                .add("leafIndex", d.leafIndex())
                .add("schoolId", d.schoolId())
                .add("className", d.className())
                .add("kind", d.kind().name())
                .add("version", d.version())
                .add("sha256", d.sha256())
                .add("size", d.size())
                .add("destroyAfter", d.destroyAfter().toString())
                .add("destroyed", d.destroyed())
                .build();
    }

    private static JsonObject json(Checkpoint c) {
        return Json.createObjectBuilder()
                .add("id", c.id())
                .add("treeSize", c.treeSize())
                .add("rootHash", c.rootHash())
                .add("keyId", c.keyId())
                .add("note", c.note())
                .build();
    }
}
