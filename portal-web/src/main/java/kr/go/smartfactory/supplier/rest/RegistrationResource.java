package kr.go.smartfactory.supplier.rest;

import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import kr.go.smartfactory.attachment.rest.AttachmentResource;
import kr.go.smartfactory.supplier.application.SupplierRegistrations;

/** {@code GET /api/v1/registration/confirmation.pdf?lang=ko|en}: a listed supplier's registration confirmation. */
@Path("/v1/registration")
public class RegistrationResource {

    @Inject
    private SupplierRegistrations registrations;

    @GET
    @Path("/confirmation.pdf")
    @Produces("application/pdf")
    public Response confirmation(@QueryParam("lang") String lang) {
        boolean english = "en".equals(lang);
        byte[] pdf = registrations.confirmation(english ? Locale.ENGLISH : Locale.KOREAN);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", AttachmentResource.disposition(english ? "supplier-registration.pdf" : "공급기업_등록확인서.pdf"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
