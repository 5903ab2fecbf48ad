package kr.go.smartfactory.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The one production setting for transport security: {@code -Dportal.https=true} when the portal is served
 * over HTTPS (usually TLS ends at a proxy, with the http-listener's {@code proxy-address-forwarding} on, so
 * the client's address and scheme are the real ones). It marks the session cookie {@code Secure}; HSTS is sent
 * on every HTTPS request either way.
 */
@WebListener
public class Transport implements ServletContextListener {

    static final String PROPERTY = "portal.https";

    public static boolean httpsOnly() {
        return Boolean.getBoolean(PROPERTY);
    }

    public static boolean isHttps(HttpServletRequest request) {
        return request.isSecure() || httpsOnly();
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (httpsOnly()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
