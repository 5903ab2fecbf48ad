package kr.go.smartfactory.grant.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kr.go.smartfactory.grant.application.ApplicationSummary;
import kr.go.smartfactory.grant.application.ApplicationView;
import kr.go.smartfactory.grant.application.GrantApplications;
import kr.go.smartfactory.grant.application.SubmissionReceipt;

/**
 * An SME's applications for its own systems and scripts (SME only, session or HTTP Basic): {@code GET
 * /api/v1/applications}, {@code GET /api/v1/applications/{id}} and {@code POST /api/v1/applications/{id}/submission},
 * which submits as the wizard's last step does and answers the receipt only once the submission is committed (a
 * retry of an unchanged application answers the same receipt). Another company's application is 403; a refusal is
 * 400 with every reason.
 */
@Path("/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    @Inject
    private GrantApplications applications;

    @GET
    public List<ApplicationSummary> mine() {
        return applications.mine();
    }

    @GET
    @Path("/{id:[0-9]+}")
    public ApplicationView application(@PathParam("id") long id) {
        return applications.view(id);
    }

    @POST
    @Path("/{id:[0-9]+}/submission")
    public SubmissionReceipt submit(@PathParam("id") long id) {
        return applications.submit(id);
    }
}
