package kr.go.smartfactory.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.domain.UserAccount;

/** The header's "signed in as": the person's name, never their e-mail address. */
@Named("currentUser")
@RequestScoped
public class CurrentUserBean {

    @Inject
    private Caller caller;

    private String name;

    public String getName() {
        if (name == null) {
            name = caller.email().flatMap(e -> caller.currentAccount()).map(UserAccount::getContactName).orElse("");
        }
        return name;
    }
}
