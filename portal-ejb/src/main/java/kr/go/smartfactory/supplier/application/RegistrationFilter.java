package kr.go.smartfactory.supplier.application;

import java.io.Serializable;

import kr.go.smartfactory.supplier.domain.RegistrationStatus;

/** What staff narrow the supplier table by: a status, and part of a name or registration number. */
public class RegistrationFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private RegistrationStatus status;
    private String text;

    public RegistrationFilter() {
    }

    public RegistrationFilter(RegistrationStatus status, String text) {
        this.status = status;
        this.text = text;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public void setStatus(RegistrationStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** Digits of a registration number or part of a name; null for none. */
    String search() {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
