package kr.go.smartfactory.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import kr.go.smartfactory.account.application.SignInResult;
import kr.go.smartfactory.account.domain.SessionPolicy;
import kr.go.smartfactory.account.domain.SignInOutcome;
import kr.go.smartfactory.shared.infrastructure.SecurityLog;
import kr.go.smartfactory.web.rest.ErrorDispatchServlet;

/**
 * How a request becomes a caller. It runs before any filter or servlet, for every request:
 * <ol>
 * <li>every response gets the {@link SecurityHeaders}; a state-changing request from another site (Origin),
 * a state-changing API call with a form-like content type, and an anonymous multipart upload are refused
 * here, before a body is read ({@link RequestGuard});</li>
 * <li>the sign-in page calls {@code SecurityContext.authenticate} with a credential: validated by the identity
 * store (throttled, see {@code SignInThrottle}); on success the session id is renewed (no fixation) and the
 * e-mail and the time of sign-in are kept in the session;</li>
 * <li>scripts send HTTP Basic to protected {@code /api/*} paths: validated per request, no session. Public API
 * paths never look at the header (no hash is spent on them). A failure answers a JSON 401, a throttled attempt
 * a JSON 429 with {@code Retry-After};</li>
 * <li>a request in a signed-in session: the account is read again, so a disabled account, a revoked role or a
 * password changed elsewhere takes effect on the next request; a session older than
 * {@link SessionPolicy#ABSOLUTE_LIFETIME} ends whatever its activity;</li>
 * <li>an anonymous request for a protected page is sent to the sign-in page with {@code next} (no session is
 * created for it); a protected API path answers a JSON 401 — with a Basic challenge only to a caller that
 * sent Basic credentials, so browsers never show a password prompt nor keep credentials for other sites.</li>
 * </ol>
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = PortalAuthenticationMechanism.class.getName() + ".caller";
    static final String SESSION_SIGNED_IN_AT = PortalAuthenticationMechanism.class.getName() + ".signedInAt";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private AuthenticationService authentication;

    @Inject
    private Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            return decide(request, response, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AuthenticationStatus decide(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws IOException {
        if (isLogApi(request)) {
            // the log API's clients are MES systems, not browsers: the key in the request is their credential
            return context.doNothing();
        }
        SecurityHeaders.apply(request, response);
        Optional<RequestGuard.Refusal> refused = RequestGuard.crossSiteOrFormLikeApiCall(request);
        if (refused.isPresent()) {
            return refuse(request, response, refused.get());
        }

        Credential credential = context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            HttpSession session = request.getSession(true);
            session.setAttribute(SESSION_CALLER, result.getCallerPrincipal().getName());
            session.setAttribute(SESSION_SIGNED_IN_AT, clock.instant());
            SignOutServlet.issueToken(session);
            return context.notifyContainerAboutLogin(result);
        }

        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (basic && isApi(request) && context.isProtected()) {
            Optional<UsernamePasswordCredential> credentials = basic(authorization);
            if (credentials.isPresent()) {
                CredentialValidationResult result = identityStores.validate(credentials.get());
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
                if (request.getAttribute(PortalIdentityStore.RESULT_ATTRIBUTE) instanceof SignInResult signIn
                        && signIn.outcome() == SignInOutcome.THROTTLED) {
                    return tooManyAttempts(request, response, signIn.retryAfter());
                }
            }
            return unauthorized(request, response, true);
        }

        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof String email) {
            Instant signedInAt = session.getAttribute(SESSION_SIGNED_IN_AT) instanceof Instant at ? at : Instant.EPOCH;
            Optional<Set<String>> roles = SessionPolicy.stillValid(signedInAt, clock.instant())
                    ? authentication.sessionRoles(email, signedInAt) : Optional.empty();
            if (roles.isPresent()) {
                return context.notifyContainerAboutLogin(email, roles.get());
            }
            session.invalidate();
        }

        if (RequestGuard.isMultipartPost(request)) {
            return refuse(request, response, RequestGuard.Refusal.ANONYMOUS_UPLOAD);
        }
        if (context.isProtected()) {
            if (isApi(request)) {
                return unauthorized(request, response, basic);
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(originalPath(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /** Keeps the session's sign-in time current after the caller changed their own password in it. */
    public static void renewSignInTime(HttpServletRequest request, Instant now) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SESSION_SIGNED_IN_AT, now);
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
            session.removeAttribute(SESSION_SIGNED_IN_AT);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
            RequestGuard.Refusal refusal) throws IOException {
        SecurityLog.refused(refusal.name().toLowerCase(java.util.Locale.ROOT), request.getRemoteAddr(), request.getMethod(),
                request.getRequestURI());
        return fail(request, response, refusal.status(), refusal.code());
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
            boolean challengeBasic) throws IOException {
        if (challengeBasic) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"smartfactory\", charset=\"UTF-8\"");
        } else {
            // a challenge no browser answers with a prompt: sign in on the page, or send Basic credentials
            response.setHeader("WWW-Authenticate", "Session realm=\"smartfactory\"");
        }
        return fail(request, response, 401, "api.unauthorized");
    }

    private static AuthenticationStatus tooManyAttempts(HttpServletRequest request, HttpServletResponse response,
            Duration retryAfter) throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
        return fail(request, response, 429, "api.throttled", retryAfter.toSeconds());
    }

    /** The error goes through the container's error page ({@link ErrorDispatchServlet}: JSON for the API). */
    private static AuthenticationStatus fail(HttpServletRequest request, HttpServletResponse response, int status, String code,
            Object... args) throws IOException {
        request.setAttribute(ErrorDispatchServlet.CODE, code);
        request.setAttribute(ErrorDispatchServlet.ARGS, args);
        response.sendError(status);
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The usage-log API of existing clients ({@code /apisvc/…}): no session, no sign-in, no browser rules. */
    static boolean isLogApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/apisvc/");
    }

    static boolean isApi(HttpServletRequest request) {
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
            return colon <= 0 || colon > 320 ? Optional.empty()
                    : Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
