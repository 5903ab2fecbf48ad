package kr.go.smartfactory.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kr.go.smartfactory.account.application.SignInResult;
import kr.go.smartfactory.account.application.SignUpService;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.SignInOutcome;
import kr.go.smartfactory.web.security.PortalIdentityStore;
import kr.go.smartfactory.web.support.Messages;
import kr.go.smartfactory.web.support.Pages;

/** Sign-in and sign-out. After sign-in the visitor goes back to the page that asked for it ({@code next}). */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignUpService signUp;

    private String email;
    private String password;
    private String next;

    public void login() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email == null ? "" : email.strip(), new Password(password == null ? "" : password))));
        switch (status) {
            case SUCCESS -> Pages.redirect(Pages.isLocalPath(next) ? next : home(request));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                SignInResult result = request.getAttribute(PortalIdentityStore.RESULT_ATTRIBUTE) instanceof SignInResult r ? r : null;
                SignInOutcome outcome = result == null ? null : result.outcome();
                if (outcome == SignInOutcome.THROTTLED) {
                    Messages.error("login.throttled", result.retryAfter().toSeconds());
                    return;
                }
                Messages.error(switch (outcome == null ? SignInOutcome.INVALID_CREDENTIALS : outcome) {
                    case NOT_CONFIRMED -> "login.notConfirmed";
                    case DISABLED -> "login.disabled";
                    default -> "login.invalid";
                });
                if (outcome == SignInOutcome.NOT_CONFIRMED) {
                    signUp.resendConfirmation(email);
                }
            }
        }
    }

    /** Staff land on their work, company members on their own page. */
    private static String home(HttpServletRequest request) {
        boolean staff = request.getAttribute(PortalIdentityStore.RESULT_ATTRIBUTE) instanceof SignInResult result
                && Role.STAFF_ROLES.stream().anyMatch(r -> result.roles().contains(r.name()));
        return staff ? "/staff/index.xhtml" : "/my/index.xhtml";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
