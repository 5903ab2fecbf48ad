package kr.go.smartfactory.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every response carries — pages, API answers, 401s written before any filter runs, error pages:
 * no framing, no sniffing, no referrer leaks, HSTS over HTTPS, and a Content-Security-Policy. Faces pages get
 * theirs from PrimeFaces (web.xml {@code primefaces.CSP}: {@code default-src 'self'} plus a script nonce per
 * response); everything else (API, downloads, files) {@code default-src 'none'}.
 */
public final class SecurityHeaders {

    /** The policy of pages; PrimeFaces appends {@code script-src 'self' 'nonce-…'}. Kept in one place: web.xml. */
    static final String NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** A year, with sub-domains: once a browser has seen the portal over HTTPS it never tries HTTP again. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {
    }

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        // the old browsers' XSS auditor is turned off, as current advice says (it could be abused); the CSP protects
        response.setHeader("X-XSS-Protection", "0");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (Transport.isHttps(request)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (!isPage(request)) {
            response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
        }
    }

    /**
     * Faces views (and the welcome page): PrimeFaces writes their policy with the nonce. Error dispatches
     * ({@code /error/…}) add none of their own: an error page gets the page's policy, an API error keeps the one
     * its request was given — two policies would both apply and block the error page's own resources.
     */
    static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/") || path.startsWith("/error/")
                || (path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/"));
    }
}
