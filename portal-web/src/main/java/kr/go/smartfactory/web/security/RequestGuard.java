package kr.go.smartfactory.web.security;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Requests refused before anything reads their body:
 * <ul>
 * <li>a state-changing request whose {@code Origin} (or {@code Sec-Fetch-Site}) says it was sent by another
 * site — pages and API alike (pages also need a ViewState);</li>
 * <li>a state-changing API call with a content type a cross-site form can send without asking
 * ({@code text/plain}, form encodings) or none: API writes take {@code application/json} or {@code text/csv},
 * which browsers may send cross-site only after a CORS preflight the portal never grants;</li>
 * <li>a multipart upload from a visitor who is not signed in (nothing is parsed or written to disk).</li>
 * </ul>
 */
public final class RequestGuard {

    /** Why a request was refused, with its status and message key. */
    public enum Refusal {
        CROSS_SITE(403, "api.origin"), FORM_LIKE_API_CALL(415, "api.contentType"), ANONYMOUS_UPLOAD(403, "upload.signInFirst");

        private final int status;
        private final String code;

        Refusal(int status, String code) {
            this.status = status;
            this.code = code;
        }

        public int status() {
            return status;
        }

        public String code() {
            return code;
        }
    }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> SIMPLE_TYPES = Set.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data");

    private RequestGuard() {
    }

    static Optional<Refusal> crossSiteOrFormLikeApiCall(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (isCrossSite(request)) {
            return Optional.of(Refusal.CROSS_SITE);
        }
        if (PortalAuthenticationMechanism.isApi(request)) {
            String type = mediaType(request.getContentType());
            if (type.isEmpty() || SIMPLE_TYPES.contains(type)) {
                return Optional.of(Refusal.FORM_LIKE_API_CALL);
            }
        }
        return Optional.empty();
    }

    static boolean isMultipartPost(HttpServletRequest request) {
        return "POST".equalsIgnoreCase(request.getMethod()) && mediaType(request.getContentType()).startsWith("multipart/");
    }

    /** The Origin names another host (or port), or the browser says the request comes from another site. */
    static boolean isCrossSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.isBlank()) {
            if ("null".equals(origin.strip())) {
                return true;
            }
            try {
                URI uri = URI.create(origin.strip());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
                return uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())
                        || port != request.getServerPort();
            } catch (IllegalArgumentException malformed) {
                return true;
            }
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        return fetchSite != null && (fetchSite.equalsIgnoreCase("cross-site") || fetchSite.equalsIgnoreCase("same-site"));
    }

    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
