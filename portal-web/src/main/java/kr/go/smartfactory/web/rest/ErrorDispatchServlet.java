package kr.go.smartfactory.web.rest;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where the container's error answers go (web.xml error pages): an API path gets the JSON {@link ApiError}
 * (the code and arguments a component left in {@link #CODE}/{@link #ARGS}, else one by status), a page gets the
 * error page in the visitor's language. The authentication mechanism answers 401, 429 and its refusals this way,
 * as Jakarta Security expects ({@code sendError}, then failure), so the container adds nothing of its own.
 */
@WebServlet(urlPatterns = "/error/dispatch")
public class ErrorDispatchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String CODE = ErrorDispatchServlet.class.getName() + ".code";
    public static final String ARGS = ErrorDispatchServlet.class.getName() + ".args";
    /** The reason an error page shows, when the refusal gave one ({@code #{requestScope.errorReason}}). */
    public static final String PAGE_REASON = "errorReason";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = statusAttribute instanceof Integer s ? s : 500;
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            String code = request.getAttribute(CODE) instanceof String c ? c : switch (status) {
                case 401 -> "api.unauthorized";
                case 403 -> "access.denied";
                case 404 -> "api.notFound";
                case 405 -> "api.method";
                case 415 -> "api.contentType";
                default -> "api.error";
            };
            Object[] args = request.getAttribute(ARGS) instanceof Object[] a ? a : new Object[0];
            ApiErrors.write(response, status, code, args);
            return;
        }
        if (request.getAttribute(CODE) instanceof String code) {
            // the reason, in the visitor's language, for the page to show ("sign in before uploading files")
            java.util.Locale locale = kr.go.smartfactory.web.i18n.LanguageFilter.localeOf(request);
            request.setAttribute(PAGE_REASON, ApiErrors.message(code, locale,
                    request.getAttribute(ARGS) instanceof Object[] a ? a : new Object[0]));
        }
        String page = switch (status) {
            case 403, 401, 415, 429 -> "/error/403.xhtml";
            case 404 -> "/error/404.xhtml";
            default -> "/error/500.xhtml";
        };
        request.getRequestDispatcher(page).forward(request, response);
    }
}
