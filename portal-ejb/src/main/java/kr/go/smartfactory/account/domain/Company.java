package kr.go.smartfactory.account.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A company registered in the portal: an SME introducing a smart factory or a supplier building them.
 * Identified by its business registration number (unique); its member accounts act on its behalf and
 * see only its data.
 */
@Entity
@Table(name = "company")
public class Company {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private BusinessRegistrationNumber registrationNumber;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "ceo_name", nullable = false, length = 100)
    private String ceoName;

    @Column(nullable = false, length = 300)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Region region;

    @ManyToOne(optional = false)
    @JoinColumn(name = "industry_code", nullable = false)
    private IndustryCode industry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CompanyKind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Company() {
        // JPA
    }

    public Company(BusinessRegistrationNumber registrationNumber, String name, String ceoName, String address,
            Region region, IndustryCode industry, CompanyKind kind, Instant createdAt) {
        this.registrationNumber = Objects.requireNonNull(registrationNumber);
        this.name = requireText(name, "name");
        this.ceoName = requireText(ceoName, "ceoName");
        this.address = requireText(address, "address");
        this.region = Objects.requireNonNull(region);
        this.industry = Objects.requireNonNull(industry);
        this.kind = Objects.requireNonNull(kind);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public BusinessRegistrationNumber getRegistrationNumber() {
        return registrationNumber;
    }

    public String getName() {
        return name;
    }

    public String getCeoName() {
        return ceoName;
    }

    public String getAddress() {
        return address;
    }

    public Region getRegion() {
        return region;
    }

    public IndustryCode getIndustry() {
        return industry;
    }

    public CompanyKind getKind() {
        return kind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /**
     * Registry data as the registry has it (staff imports, approved change requests): the name too may
     * change; the registration number never does.
     */
    public void correctRegistryData(String name, String ceoName, String address, Region region) {
        this.name = requireText(name, "name");
        changeContactData(ceoName, address, region);
    }

    public void changeContactData(String ceoName, String address, Region region) {
        this.ceoName = requireText(ceoName, "ceoName");
        this.address = requireText(address, "address");
        this.region = Objects.requireNonNull(region);
    }
}
