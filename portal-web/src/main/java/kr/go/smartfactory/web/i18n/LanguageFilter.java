package kr.go.smartfactory.web.i18n;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language switch without a session: {@code ?lang=en} (or ko) on any page sets a cookie that later
 * requests carry; {@link PortalViewHandler} reads it. Korean is the default.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "lang";
    static final String ATTRIBUTE = LanguageFilter.class.getName() + ".locale";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/apisvc/")) {
            // the log API reads its own body (a form body read here as parameters would be gone) and speaks Korean
            chain.doFilter(request, response);
            return;
        }
        String requested = request.getParameter("lang");
        if ("ko".equals(requested) || "en".equals(requested)) {
            Cookie cookie = new Cookie(COOKIE, requested);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            cookie.setSecure(kr.go.smartfactory.web.security.Transport.isHttps(request));
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            request.setAttribute(ATTRIBUTE, Locale.forLanguageTag(requested));
        }
        chain.doFilter(request, response);
    }

    /** The language of this request: the switch just used, else the cookie, else Korean. */
    public static Locale localeOf(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Locale chosen) {
            return chosen;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.KOREAN;
    }
}
