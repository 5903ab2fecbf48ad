package kr.go.smartfactory.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.account.application.SignUpForm;
import kr.go.smartfactory.account.application.SignUpService;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Messages;
import kr.go.smartfactory.web.support.Pages;

@Named
@RequestScoped
public class SignUpBean {

    @Inject
    private SignUpService signUp;

    private final SignUpForm form = new SignUpForm();

    public SignUpForm getForm() {
        return form;
    }

    public void submit() {
        form.setLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        if (Actions.run(() -> signUp.signUp(form), null)) {
            Messages.flashInfo("signup.done");
            Pages.redirect("/signup-done.xhtml");
        }
    }
}
