package org.schooljournal.archive.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.schooljournal.archive.boundary.BookKind;
import org.schooljournal.archive.boundary.BookRef;
import org.schooljournal.archive.boundary.OpenJournal;
import org.schooljournal.archive.boundary.PrintedBook;
import org.schooljournal.archive.boundary.YearEndPrints;

/**
 * Year-end printing (R-P01, R-P02, R-C10) for the archivist (any school) and a school's head or
 * deputy head (its own): the classes of a school year, what keeps a class's year open, and its
 * journal book or summary sheet as an archival PDF ({@code ?draft=true}: watermarked, for a year
 * not yet closed).
 */
@ApplicationScoped
@Path("archive/schools/{schoolId}/years/{yearId}/classes")
@Produces(MediaType.APPLICATION_JSON)
public class YearEndPrintsResource {
    @EJB YearEndPrints prints;

    @GET
    @Operation(summary = "The classes of the school's year, by grade and letter")
    public List<BookRef> books(
            @PathParam("schoolId") long schoolId, @PathParam("yearId") long yearId) {
        return prints.books(schoolId, yearId);
    }

    @GET
    @Path("{classId}/open-journals")
    @Operation(
            summary =
                    "The journals that keep the class's year open and why; empty when it is"
                            + " closed")
    public List<OpenJournal> open(
            @PathParam("schoolId") long schoolId,
            @PathParam("yearId") long yearId,
            @PathParam("classId") long classId) {
        return prints.openJournals(schoolId, yearId, classId);
    }

    @GET
    @Path("{classId}/prints/{kind}")
    @Produces("application/pdf")
    @Operation(
            summary =
                    "The class's journal book (CLASS_JOURNAL) or summary sheet (SUMMARY_SHEET) as"
                            + " PDF/A-2b; a year not closed only with ?draft=true")
    public Response print(
            @PathParam("schoolId") long schoolId,
            @PathParam("yearId") long yearId,
            @PathParam("classId") long classId,
            @PathParam("kind") BookKind kind,
            @QueryParam("draft") boolean draft) {
        PrintedBook book = prints.print(schoolId, yearId, classId, kind, draft);
        return Response.ok(book.pdf(), "application/pdf").header("X-Pages", book.pages()).build();
    }
}
