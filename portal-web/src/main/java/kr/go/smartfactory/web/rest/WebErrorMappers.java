package kr.go.smartfactory.web.rest;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON for everything else JAX-RS answers with an error (unknown path, wrong method or content type, a bug):
 * the same {@link ApiError} body as every other API error, never an HTML page or an empty body.
 */
public final class WebErrorMappers {

    private static final Logger LOG = Logger.getLogger(WebErrorMappers.class.getName());

    private WebErrorMappers() {
    }

    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            if (original.hasEntity()) {
                return original;
            }
            int status = original.getStatus();
            String code = switch (status) {
                case 404 -> "api.notFound";
                case 405 -> "api.method";
                case 415 -> "api.contentType";
                case 401 -> "api.unauthorized";
                case 403 -> "access.denied";
                default -> status >= 500 ? "api.error" : "api.parameter.invalid";
            };
            Response.ResponseBuilder answer = Response.fromResponse(ApiErrors.response(status, List.of(code), null, "?"));
            original.getHeaders().forEach((name, values) -> {
                if (name.equalsIgnoreCase("Allow") || name.equalsIgnoreCase("Retry-After")) {
                    values.forEach(v -> answer.header(name, v));
                }
            });
            return answer.build();
        }
    }

    /** A failure nobody expected: logged in full, answered with a plain 500 that reveals nothing. */
    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            LOG.log(Level.SEVERE, "API request failed", e);
            return ApiErrors.response(500, "api.error");
        }
    }
}
