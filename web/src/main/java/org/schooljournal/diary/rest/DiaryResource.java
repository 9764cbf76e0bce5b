package org.schooljournal.diary.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.diary.boundary.Child;
import org.schooljournal.diary.boundary.Diary;
import org.schooljournal.journal.boundary.MarkData;
import org.schooljournal.platform.control.SchoolClock;

/** The diary for parents and pupils. */
@Path("diary")
@Produces(MediaType.APPLICATION_JSON)
public class DiaryResource {
    @EJB Diary diary;

    @Inject SchoolClock schoolClock;

    @GET
    @Path("children")
    @Operation(summary = "The pupils whose diary the caller may read")
    public List<Child> children() {
        return diary.children();
    }

    @GET
    @Path("pupils/{pupilId}/marks")
    @Operation(summary = "A pupil's marks between two dates (default: the last 30 days)")
    public List<MarkData> marks(
            @PathParam("pupilId") long pupilId,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate until = to == null ? schoolClock.today() : LocalDate.parse(to);
        LocalDate since = from == null ? until.minusDays(30) : LocalDate.parse(from);
        return diary.marks(pupilId, since, until);
    }

    @GET
    @Path("pupils/{pupilId}/messages")
    @Operation(summary = "R-J13: teachers' messages and recommendations about the child")
    public List<org.schooljournal.diary.boundary.MessageData> messages(
            @PathParam("pupilId") long pupilId) {
        return diary.messages(pupilId);
    }
}
