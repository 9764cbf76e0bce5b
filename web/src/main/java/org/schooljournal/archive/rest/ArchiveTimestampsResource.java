package org.schooljournal.archive.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.archive.boundary.ArchiveTimestamps;
import org.schooljournal.archive.boundary.CheckpointStamp;
import org.schooljournal.platform.entity.JournalException;

/**
 * A checkpoint's note and its RFC 3161 time-stamp token, the two files to keep outside the server
 * (R-P04): {@code openssl ts -verify -data checkpoint-N.note -in checkpoint-N.tst -token_in -CAfile
 * tsa.pem}.
 */
@ApplicationScoped
@Path("archive/checkpoints")
public class ArchiveTimestampsResource {
    @EJB ArchiveTimestamps timestamps;

    @GET
    @Path("{checkpointId}/note")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "A checkpoint's signed note, byte for byte as signed and time-stamped")
    public Response note(@PathParam("checkpointId") long checkpointId) {
        CheckpointStamp stamp = timestamps.stamp(checkpointId);
        return Response.ok(
                        stamp.note().getBytes(StandardCharsets.UTF_8),
                        MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"checkpoint-" + checkpointId + ".note\"")
                .build();
    }

    @GET
    @Path("{checkpointId}/timestamp")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "A checkpoint's RFC 3161 time-stamp token (DER); 404 if not stamped")
    public Response timestamp(@PathParam("checkpointId") long checkpointId) {
        CheckpointStamp stamp = timestamps.stamp(checkpointId);
        if (stamp.token() == null) {
            throw new JournalException(JournalException.Kind.NOT_FOUND, "archive.notStamped");
        }
        return Response.ok(stamp.token(), MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"checkpoint-" + checkpointId + ".tst\"")
                .build();
    }
}
