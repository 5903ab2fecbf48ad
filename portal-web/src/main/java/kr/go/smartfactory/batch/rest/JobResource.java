package kr.go.smartfactory.batch.rest;

import java.net.URI;
import java.util.List;
import java.util.Properties;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kr.go.smartfactory.batch.application.BatchJobs;
import kr.go.smartfactory.batch.application.JobRunView;

/**
 * The batch console for scripts (STAFF and ADMIN, HTTP Basic): {@code POST /api/v1/jobs/{name}} starts a job
 * and answers 202 with the execution's address; {@code GET /api/v1/jobs/executions/{id}} tells its status.
 */
@Path("/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    @Inject
    private BatchJobs jobs;

    @POST
    @Path("/{name}")
    public Response start(@PathParam("name") String name) {
        long execution = jobs.start(name);
        return Response.accepted(new Started(name, execution))
                .location(URI.create("api/v1/jobs/executions/" + execution)).build();
    }

    @GET
    @Path("/executions/{id:[0-9]+}")
    public JobRunView execution(@PathParam("id") long id) {
        return jobs.recentRuns(200).stream().filter(r -> r.executionId() == id).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    @GET
    public List<JobRunView> recent() {
        return jobs.recentRuns(30);
    }

    public record Started(String job, long executionId) {
    }
}
