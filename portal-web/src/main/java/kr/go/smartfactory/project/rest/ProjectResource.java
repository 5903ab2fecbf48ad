package kr.go.smartfactory.project.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import kr.go.smartfactory.project.application.Agreements;

/**
 * {@code GET /api/v1/projects/{id}/agreement.pdf[?on=YYYY-MM-DD&lang=en]}: the agreement (협약서) as in force on a day,
 * for its SME, its supplier and staff.
 */
@Path("/v1/projects")
public class ProjectResource {

    @Inject
    private Agreements agreements;

    @GET
    @Path("/{id:[0-9]+}/agreement.pdf")
    @Produces("application/pdf")
    public Response agreement(@PathParam("id") long id, @QueryParam("on") String on, @QueryParam("lang") String lang) {
        LocalDate day;
        try {
            day = on == null || on.isBlank() ? null : LocalDate.parse(on);
        } catch (DateTimeParseException notADate) {
            throw new BadRequestException("on: YYYY-MM-DD");
        }
        byte[] pdf = agreements.pdf(id, day, "en".equals(lang) ? Locale.ENGLISH : Locale.KOREAN);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"agreement-" + id + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store").build();
    }
}
