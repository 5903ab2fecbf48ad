package kr.go.smartfactory.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.account.application.PasswordService;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Messages;

/** E-mail confirmation (confirm.xhtml) and "forgot password" (password/forgot.xhtml). */
@Named
@RequestScoped
public class PasswordBean {

    @Inject
    private PasswordService passwords;

    private String token;
    private String email;
    private boolean confirmed;

    /** viewAction of confirm.xhtml */
    public void confirmEmail() {
        confirmed = Actions.run(() -> passwords.confirmEmail(token), null);
    }

    public void requestReset() {
        passwords.requestReset(email);
        Messages.info("password.forgot.sent");
        email = null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isConfirmed() {
        return confirmed;
    }
}
