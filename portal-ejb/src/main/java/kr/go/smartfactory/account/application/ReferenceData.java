package kr.go.smartfactory.account.application;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.IndustryCode;

/** Code tables the forms offer (public: the sign-up form needs them). */
@Stateless
public class ReferenceData {

    @Inject
    private AccountRepository accounts;

    public List<IndustryCode> industries() {
        return accounts.industries();
    }
}
