package kr.go.smartfactory.company.domain;

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

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * A company registered in the portal: an SME introducing a smart factory or a supplier building them — the
 * shared kernel every context refers to. Identified by its business registration number (unique, never
 * changed: a new number is a new company); its member accounts act on its behalf and see only its data.
 * Registry data (name, CEO, address, region) changes through staff (imports, approved change requests);
 * the rules on it live here, and every caller — sign-up form, import, approval — goes through them.
 */
@Entity
@org.hibernate.annotations.BatchSize(size = 50)
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
        this.name = checkName(name);
        this.ceoName = checkCeoName(ceoName);
        this.address = checkAddress(address);
        this.region = requireRegion(region);
        if (industry == null) {
            throw DomainException.onField("industryCode", "company.industry.required");
        }
        this.industry = industry;
        this.kind = Objects.requireNonNull(kind);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A company name: 1–200 characters. */
    public static String checkName(String name) {
        return Texts.required(name, 200, "companyName", "company.name.invalid");
    }

    /** The CEO's name: 1–100 characters. */
    public static String checkCeoName(String ceoName) {
        return Texts.required(ceoName, 100, "ceoName", "company.ceoName.invalid");
    }

    /** The registered address: 1–300 characters. */
    public static String checkAddress(String address) {
        return Texts.required(address, 300, "address", "company.address.invalid");
    }

    private static Region requireRegion(Region region) {
        if (region == null) {
            throw DomainException.onField("region", "company.region.required");
        }
        return region;
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

    /**
     * The CEO's name as the public may see it: a sole proprietor's name is personal data (the business is the
     * person), so it is masked; a corporation's representative is public record.
     */
    public String getPublicCeoName() {
        return registrationNumber.isIndividual() ? kr.go.smartfactory.shared.domain.PersonalName.mask(ceoName) : ceoName;
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

    public boolean isSupplier() {
        return kind == CompanyKind.SUPPLIER;
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
        this.name = checkName(name);
        changeContactData(ceoName, address, region);
    }

    public void changeContactData(String ceoName, String address, Region region) {
        this.ceoName = checkCeoName(ceoName);
        this.address = checkAddress(address);
        this.region = requireRegion(region);
    }
}
