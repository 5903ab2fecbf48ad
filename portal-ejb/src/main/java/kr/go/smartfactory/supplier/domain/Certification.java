package kr.go.smartfactory.supplier.domain;

import java.time.LocalDate;
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

import kr.go.smartfactory.shared.domain.Texts;

/** A certification the supplier holds (e.g. GS인증, ISO 9001, 기업부설연구소). */
@Entity
@Table(name = "supplier_certification")
public class Certification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id", nullable = false)
    private SupplierProfile supplier;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String issuer;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected Certification() {
        // JPA
    }

    Certification(SupplierProfile supplier, String name, String issuer, LocalDate validUntil) {
        this.supplier = Objects.requireNonNull(supplier);
        this.name = Texts.required(name, 200, "certificationName", "profile.certification.name");
        this.issuer = issuer == null || issuer.isBlank() ? null : issuer.strip();
        this.validUntil = validUntil;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getIssuer() {
        return issuer;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }
}
