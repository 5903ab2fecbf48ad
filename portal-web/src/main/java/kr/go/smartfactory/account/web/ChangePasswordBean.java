package kr.go.smartfactory.account.web;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import kr.go.smartfactory.account.application.PasswordService;
import kr.go.smartfactory.web.security.PortalAuthenticationMechanism;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Messages;
import kr.go.smartfactory.web.support.Pages;

/** my/password.xhtml: a signed-in user changes their own password; their other sessions end. */
@Named
@RequestScoped
public class ChangePasswordBean {

    @Inject
    private PasswordService passwords;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public void change() {
        Optional<Instant> changed = Actions.call(() -> passwords.changeOwnPassword(currentPassword, newPassword, confirmation), null);
        if (changed.isPresent()) {
            PortalAuthenticationMechanism.renewSignInTime(
                    (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(), changed.get());
            Messages.flashInfo("password.change.done");
            Pages.redirect("/my/index.xhtml");
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
