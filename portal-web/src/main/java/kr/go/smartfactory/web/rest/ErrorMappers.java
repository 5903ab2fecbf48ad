package kr.go.smartfactory.web.rest;

import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;

/** API answers for refused requests: 400 with the rule's codes, 403 for role or ownership. */
public final class ErrorMappers {

    private ErrorMappers() {
    }

    static Response error(Response.Status status, List<String> codes) {
        return ApiErrors.response(status.getStatusCode(), codes, null);
    }

    static String korean(String key, Object... args) {
        return ApiErrors.message(key, Locale.KOREAN, args);
    }

    /** A rejected import: 400 with every bad line, its code and the Korean message. */
    @Provider
    public static class ImportRejectedMapper implements ExceptionMapper<kr.go.smartfactory.supplier.application.ImportRejected> {
        @Override
        public Response toResponse(kr.go.smartfactory.supplier.application.ImportRejected e) {
            List<LineProblem> problems = e.getErrors().stream()
                    .map(l -> new LineProblem(l.line(), l.code(), korean(l.code(), l.args().toArray())))
                    .toList();
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new ImportProblems(400, problems.size(), problems)).build();
        }
    }

    public record LineProblem(long line, String code, String message) {
    }

    public record ImportProblems(int status, int errorCount, List<LineProblem> errors) {
    }

    @Provider
    public static class DomainExceptionMapper implements ExceptionMapper<DomainException> {
        @Override
        public Response toResponse(DomainException e) {
            // "…notFound" rules are about a thing that is not there: 404, not a bad request
            boolean missing = e.getMessageKeys().stream().allMatch(k -> k.endsWith(".notFound"));
            return error(missing ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST, e.getMessageKeys());
        }
    }

    @Provider
    public static class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            return error(Response.Status.FORBIDDEN, List.of("access.denied"));
        }
    }

    @Provider
    public static class EjbAccessMapper implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return error(Response.Status.FORBIDDEN, List.of("access.denied"));
        }
    }
}
