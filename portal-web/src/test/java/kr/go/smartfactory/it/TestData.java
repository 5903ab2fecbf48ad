package kr.go.smartfactory.it;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import kr.go.smartfactory.account.application.SignUpForm;
import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.Region;

/** Fresh, valid sign-up data for each test, so tests never depend on each other's rows. */
public final class TestData {

    public static final String PASSWORD = "Factory!2026x";

    private TestData() {
    }

    public static String brn() {
        String nine = String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        return nine + BusinessRegistrationNumber.checkDigit(nine);
    }

    public static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.smartfactory.kr";
    }

    public static SignUpForm signUp(CompanyKind kind) {
        SignUpForm form = new SignUpForm();
        form.setKind(kind);
        form.setRegistrationNumber(brn());
        form.setCompanyName(kind == CompanyKind.SME ? "(주)테스트정밀" : "테스트솔루션(주)");
        form.setCeoName("김대표");
        form.setAddress("경상남도 창원시 성산구 중앙대로 1");
        form.setRegion(Region.GYEONGNAM);
        form.setIndustryCode("29");
        form.setContactName("이담당");
        form.setPhone("055-123-4567");
        form.setEmail(email(kind.name().toLowerCase()));
        form.setPassword(PASSWORD);
        form.setPasswordConfirmation(PASSWORD);
        form.setPrivacyConsent(true);
        return form;
    }
}
