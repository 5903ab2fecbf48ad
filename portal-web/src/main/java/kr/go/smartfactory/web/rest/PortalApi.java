package kr.go.smartfactory.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API under /api; each path's roles are declared in web.xml and checked again in the services. */
@ApplicationPath("/api")
public class PortalApi extends Application {
}
