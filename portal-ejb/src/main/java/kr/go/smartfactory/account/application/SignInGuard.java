package kr.go.smartfactory.account.application;

import jakarta.enterprise.context.ApplicationScoped;

import kr.go.smartfactory.account.domain.SignInThrottle;

/** The server's one {@link SignInThrottle}, shared by the sign-in page and HTTP Basic on the API. */
@ApplicationScoped
public class SignInGuard {

    private final SignInThrottle throttle = new SignInThrottle(SignInThrottle.Policy.DEFAULT);

    public SignInThrottle throttle() {
        return throttle;
    }
}
