package kr.go.smartfactory.supplier.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.account.domain.Company;
import kr.go.smartfactory.account.domain.CompanyKind;

/**
 * A supplier's public profile in the directory. Created empty when a supplier company signs up; the supplier
 * fills it in (specialities, solutions, personnel, build histories) and staff approve changes to registry
 * data. Registry data (registration number, name) stays on the {@link Company}.
 */
@Entity
@Table(name = "supplier_profile")
public class SupplierProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false, unique = true)
    private Company company;

    @Column(length = 300)
    private String homepage;

    @Column(length = 4000)
    private String introduction;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SupplierProfile() {
        // JPA
    }

    public SupplierProfile(Company company, Instant now) {
        if (Objects.requireNonNull(company).getKind() != CompanyKind.SUPPLIER) {
            throw new IllegalArgumentException("only a supplier company has a supplier profile");
        }
        this.company = company;
        this.createdAt = now;
    }

    public boolean isEmpty() {
        return (homepage == null || homepage.isBlank()) && (introduction == null || introduction.isBlank());
    }

    public Long getId() {
        return id;
    }

    public Company getCompany() {
        return company;
    }

    public String getHomepage() {
        return homepage;
    }

    public String getIntroduction() {
        return introduction;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
