package kr.go.smartfactory.account.application;

import java.io.Serializable;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.company.domain.ValidBusinessRegistrationNumber;

/**
 * What a company fills in to sign up. The constraints are checked twice with the same definitions: by
 * Faces next to each field, and by {@link SignUpService} for any other caller.
 */
public class SignUpForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{signup.kind.required}")
    private CompanyKind kind;

    @NotBlank(message = "{signup.brn.required}")
    @ValidBusinessRegistrationNumber
    private String registrationNumber;

    @NotBlank(message = "{signup.companyName.required}")
    @Size(max = 200, message = "{signup.companyName.size}")
    private String companyName;

    @NotBlank(message = "{signup.ceoName.required}")
    @Size(max = 100, message = "{signup.ceoName.size}")
    private String ceoName;

    @NotBlank(message = "{signup.address.required}")
    @Size(max = 300, message = "{signup.address.size}")
    private String address;

    @NotNull(message = "{signup.region.required}")
    private Region region;

    @NotBlank(message = "{signup.industry.required}")
    private String industryCode;

    @NotBlank(message = "{signup.contactName.required}")
    @Size(max = 100, message = "{signup.contactName.size}")
    private String contactName;

    @Pattern(regexp = "^$|^0\\d{1,2}-?\\d{3,4}-?\\d{4}$", message = "{signup.phone.invalid}")
    private String phone;

    @NotBlank(message = "{signup.email.required}")
    @Email(message = "{signup.email.invalid}")
    @Size(max = 254, message = "{signup.email.invalid}")
    private String email;

    @NotBlank(message = "{signup.password.required}")
    private String password;

    private String passwordConfirmation;

    @AssertTrue(message = "{signup.privacyConsent.required}")
    private boolean privacyConsent;

    private String locale = "ko";

    public CompanyKind getKind() {
        return kind;
    }

    public void setKind(CompanyKind kind) {
        this.kind = kind;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getCeoName() {
        return ceoName;
    }

    public void setCeoName(String ceoName) {
        this.ceoName = ceoName;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public void setIndustryCode(String industryCode) {
        this.industryCode = industryCode;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }

    public boolean isPrivacyConsent() {
        return privacyConsent;
    }

    public void setPrivacyConsent(boolean privacyConsent) {
        this.privacyConsent = privacyConsent;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }
}
