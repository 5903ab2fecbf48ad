package kr.go.smartfactory.level.web;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.level.application.CertificateCheck;
import kr.go.smartfactory.level.application.LevelAssessments;

/** levels/verify.xhtml: anyone checks a level certificate by its number (a GET form, no session). */
@Named
@RequestScoped
public class VerifyBean {

    @Inject
    private LevelAssessments assessments;

    private String number;
    private Optional<CertificateCheck> check;

    public Optional<CertificateCheck> getCheck() {
        if (check == null) {
            check = number == null ? Optional.empty() : assessments.check(number);
        }
        return check;
    }

    public CertificateCheck getResult() {
        return getCheck().orElse(null);
    }

    public boolean isAsked() {
        return number != null;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null || number.isBlank() ? null : number.strip().substring(0, Math.min(number.strip().length(), 30));
    }
}
