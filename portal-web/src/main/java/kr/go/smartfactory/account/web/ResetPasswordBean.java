package kr.go.smartfactory.account.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.account.application.PasswordService;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Messages;
import kr.go.smartfactory.web.support.Pages;

/** password/reset.xhtml: choose a new (or first) password with a mailed one-time link. */
@Named
@ViewScoped
public class ResetPasswordBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PasswordService passwords;

    private String token;
    private String newPassword;
    private String confirmation;
    private Boolean tokenUsable;

    public boolean isTokenUsable() {
        if (tokenUsable == null) {
            tokenUsable = passwords.isUsableResetToken(token);
        }
        return tokenUsable;
    }

    public void resetPassword() {
        if (Actions.run(() -> passwords.resetPassword(token, newPassword, confirmation), null)) {
            Messages.flashInfo("password.reset.done");
            Pages.redirect("/login.xhtml");
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
        this.tokenUsable = null;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
