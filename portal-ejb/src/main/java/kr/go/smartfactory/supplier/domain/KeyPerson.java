package kr.go.smartfactory.supplier.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * 핵심 인력: a key person of the supplier. The name is personal data: public pages show it masked
 * ({@link #maskedName()}: 김민수 → 김*수).
 */
@Entity
@Table(name = "key_person")
public class KeyPerson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private SupplierProfile supplier;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "job_role", nullable = false, length = 100)
    private String role;

    @Column(nullable = false)
    private int years;

    @Column(length = 500)
    private String certifications;

    protected KeyPerson() {
        // JPA
    }

    KeyPerson(SupplierProfile supplier, String name, String role, int years, String certifications) {
        if (years < 0 || years > 60) {
            throw DomainException.onField("personYears", "profile.person.years");
        }
        this.supplier = Objects.requireNonNull(supplier);
        this.name = Texts.required(name, 100, "personName", "profile.person.name");
        this.role = Texts.required(role, 100, "personRole", "profile.person.role");
        this.years = years;
        this.certifications = Texts.optional(certifications, 500, "personCertifications", "profile.person.certifications");
    }

    /** The public form of a name ({@link kr.go.smartfactory.shared.domain.PersonalName#mask}). */
    public static String mask(String name) {
        return kr.go.smartfactory.shared.domain.PersonalName.mask(name);
    }

    public String maskedName() {
        return mask(name);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public int getYears() {
        return years;
    }

    public String getCertifications() {
        return certifications;
    }
}
