package kr.go.smartfactory.company.application;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.company.domain.CompanyRepository;
import kr.go.smartfactory.company.domain.IndustryCode;

/** Code tables the forms offer (public: the sign-up form needs them). */
@Stateless
public class ReferenceData {

    @Inject
    private CompanyRepository companies;

    public List<IndustryCode> industries() {
        return companies.industries();
    }
}
