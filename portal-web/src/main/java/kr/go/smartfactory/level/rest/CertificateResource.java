package kr.go.smartfactory.level.rest;

import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import kr.go.smartfactory.level.application.LevelAssessments;

/** {@code GET /api/v1/level/certificates/{id}.pdf}: a level certificate (수준확인서) for its company and staff. */
@Path("/v1/level/certificates")
public class CertificateResource {

    @Inject
    private LevelAssessments assessments;

    @GET
    @Path("/{id:[0-9]+}.pdf")
    @Produces("application/pdf")
    public Response certificate(@PathParam("id") long id, @QueryParam("lang") String lang) {
        byte[] pdf = assessments.certificatePdf(id, "en".equals(lang) ? Locale.ENGLISH : Locale.KOREAN);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"level-certificate-" + id + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store").build();
    }
}
