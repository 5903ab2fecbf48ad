package kr.go.smartfactory.web.security;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Sign-out: {@code POST /logout} with the session's sign-out token (a hidden field of the header's form). Pages
 * that keep no view state (the public pages stay transient so they create no session) have no ViewState to
 * protect their forms, so sign-out has its own token: another site cannot sign a user out. A GET, a POST without
 * the token or with another session's token signs nobody out.
 */
@WebServlet(urlPatterns = "/logout")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String SESSION_TOKEN = SignOutServlet.class.getName() + ".token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(SESSION_TOKEN);
        String given = request.getParameter("token");
        if (expected == null || given == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.UTF_8))) {
            kr.go.smartfactory.shared.infrastructure.SecurityLog.refused("sign-out without its token", request.getRemoteAddr(),
                    "POST", request.getRequestURI());
            response.sendError(403);
            return;
        }
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException e) {
            // the session ends below either way
        }
        session.invalidate();
        response.sendRedirect(request.getContextPath() + "/");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        response.sendError(405);
    }

    /** Issued at sign-in, kept in the session. */
    static void issueToken(HttpSession session) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        session.setAttribute(SESSION_TOKEN, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** {@code #{signOut.token}} for the header's sign-out form. */
    @Named("signOut")
    @RequestScoped
    public static class Token {

        @Inject
        private HttpServletRequest request;

        public String getToken() {
            HttpSession session = request.getSession(false);
            if (session == null) {
                return "";
            }
            if (!(session.getAttribute(SESSION_TOKEN) instanceof String token)) {
                issueToken(session);
                return (String) session.getAttribute(SESSION_TOKEN);
            }
            return token;
        }
    }
}
