package kr.go.smartfactory.web.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

import kr.go.smartfactory.account.application.AuthenticationService;
import kr.go.smartfactory.account.application.SignInResult;

/**
 * The portal's database identity store: checks e-mail and password through {@link AuthenticationService}
 * (PBKDF2 hashes, throttled per client address and account) and leaves the outcome on the request, so the sign-in page can say why a
 * sign-in failed (locked, not yet confirmed) without asking twice.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    /** The request attribute holding the {@link SignInResult} (outcome, roles, wait) for the sign-in page. */
    public static final String RESULT_ATTRIBUTE = PortalIdentityStore.class.getName() + ".result";

    @Inject
    private AuthenticationService authentication;

    @Inject
    private HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String address;
        try {
            address = request.getRemoteAddr();
        } catch (RuntimeException noRequest) {
            address = null; // validated outside an HTTP request
        }
        SignInResult result = authentication.signIn(credential.getCaller(), credential.getPasswordAsString(), address);
        if (address != null) {
            request.setAttribute(RESULT_ATTRIBUTE, result);
        }
        return result.succeeded()
                ? new CredentialValidationResult(result.email(), result.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }

    /** The roles as stored now; Jakarta Security keeps only groups from a store that provides them. */
    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        return authentication.currentRoles(validationResult.getCallerPrincipal().getName()).orElse(Set.of());
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
