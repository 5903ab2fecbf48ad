package kr.go.smartfactory.account.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kr.go.smartfactory.account.application.CompanyService;
import kr.go.smartfactory.account.application.CompanyService.MyPage;
import kr.go.smartfactory.account.application.CompanyView;

/**
 * The signed-in caller's own data and companies: {@code GET /api/v1/me}, {@code GET /api/v1/companies/{id}}
 * (a member reaches its own company only; staff, auditors and administrators any). Requires sign-in (web.xml).
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    private CompanyService companies;

    @GET
    @Path("/me")
    public MyPage me() {
        return companies.myPage();
    }

    @GET
    @Path("/companies/{id}")
    public CompanyView company(@PathParam("id") long id) {
        return companies.company(id);
    }
}
