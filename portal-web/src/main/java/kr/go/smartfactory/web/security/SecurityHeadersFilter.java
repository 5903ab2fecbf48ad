package kr.go.smartfactory.web.security;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@link SecurityHeaders} on every response, error dispatches included; a 403 error dispatch is also written
 * to the security log (the container refused the request before any of our code ran).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(request, response);
        if (request.getDispatcherType() == DispatcherType.ERROR
                && Integer.valueOf(403).equals(request.getAttribute("jakarta.servlet.error.status_code"))) {
            kr.go.smartfactory.shared.infrastructure.SecurityLog.forbidden(request.getRemoteUser(), request.getRemoteAddr(),
                    request.getMethod(), String.valueOf(request.getAttribute("jakarta.servlet.error.request_uri")));
        }
        chain.doFilter(request, response);
    }
}
