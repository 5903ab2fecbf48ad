package kr.go.smartfactory.web.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import kr.go.smartfactory.account.application.AuthenticationService;

/**
 * How a request becomes a caller:
 * <ol>
 * <li>the sign-in page calls {@code SecurityContext.authenticate} with a credential: validated by the identity
 * store; on success the session id is renewed (no fixation) and the e-mail kept in the session;</li>
 * <li>scripts send HTTP Basic to {@code /api/*}: validated per request, no session;</li>
 * <li>a request in a signed-in session: the account's roles are read again, so a disabled account or a
 * revoked role takes effect on the next request;</li>
 * <li>an anonymous request for a protected page is sent to the sign-in page with {@code next} (no session
 * is created for it); a protected API path answers 401.</li>
 * </ol>
 * Anonymous requests for public pages pass untouched and create no session.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = PortalAuthenticationMechanism.class.getName() + ".caller";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private AuthenticationService authentication;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            request.getSession(true).setAttribute(SESSION_CALLER, result.getCallerPrincipal().getName());
            return context.notifyContainerAboutLogin(result);
        }

        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) && isApi(request)) {
            Optional<UsernamePasswordCredential> basic = basic(authorization);
            if (basic.isPresent()) {
                CredentialValidationResult result = identityStores.validate(basic.get());
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return unauthorized(response, context);
        }

        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof String email) {
            Optional<Set<String>> roles = authentication.currentRoles(email);
            if (roles.isPresent()) {
                return context.notifyContainerAboutLogin(email, roles.get());
            }
            session.invalidate();
        }

        if (context.isProtected()) {
            if (isApi(request)) {
                return unauthorized(response, context);
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(originalPath(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"smartfactory\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String originalPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static Optional<UsernamePasswordCredential> basic(String header) {
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
