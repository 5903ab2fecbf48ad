package kr.go.smartfactory.company.domain;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import kr.go.smartfactory.shared.domain.DomainException;

/**
 * 사업자등록번호: ten digits, the last a check digit over the first nine with weights 1,3,7,1,3,7,1,3,5
 * (plus the tens of the ninth product). Companies, suppliers and sanctions are matched by this number,
 * never by name. Accepts "123-45-67890" or "1234567890"; stores the ten digits.
 */
@Embeddable
public class BusinessRegistrationNumber implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    @Column(name = "registration_number", length = 10, nullable = false)
    private String digits;

    protected BusinessRegistrationNumber() {
        // JPA
    }

    private BusinessRegistrationNumber(String digits) {
        this.digits = digits;
    }

    public static BusinessRegistrationNumber of(String raw) {
        String digits = normalize(raw);
        if (!isValidDigits(digits)) {
            throw DomainException.onField("registrationNumber", "company.brn.invalid");
        }
        return new BusinessRegistrationNumber(digits);
    }

    public static boolean isValid(String raw) {
        return isValidDigits(normalize(raw));
    }

    static String normalize(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s-]", "");
    }

    private static boolean isValidDigits(String digits) {
        if (digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return checkDigit(digits) == digits.charAt(9) - '0';
    }

    /** The check digit for the first nine digits; public so that test and demo data can make valid numbers. */
    public static int checkDigit(String firstNineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (firstNineDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        sum += (firstNineDigits.charAt(8) - '0') * 5 / 10;
        return (10 - sum % 10) % 10;
    }

    /**
     * Whether the number was issued to an individual (개인사업자): the 4th and 5th digits 01–79 (taxable) or
     * 90–99 (tax-exempt); corporations have 81–88, other bodies 80 and 89.
     */
    public boolean isIndividual() {
        int kind = Integer.parseInt(digits.substring(3, 5));
        return (kind >= 1 && kind <= 79) || kind >= 90;
    }

    public String digits() {
        return digits;
    }

    /** 123-45-67890 */
    public String formatted() {
        return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessRegistrationNumber other && Objects.equals(digits, other.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(digits);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
