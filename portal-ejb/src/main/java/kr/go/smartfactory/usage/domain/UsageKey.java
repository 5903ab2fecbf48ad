package kr.go.smartfactory.usage.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.shared.domain.BucketRule;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Secrets;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * A log API key (인증키, {@code crtfcKey}) of one site: an SME's system built in a project (or the company's own
 * system), issued by the project's supplier or by staff. The key is shown once when issued and kept only as its
 * SHA-256; its first characters identify it on screens. Its rate (a burst and one more log each interval) is data;
 * a revoked key is refused from then on.
 */
@Entity
@Table(name = "usage_key")
public class UsageKey {

    /** What every key begins with, so that an operator recognises one in a configuration file. */
    public static final String PREFIX = "sf1_";
    static final int HINT = PREFIX.length() + 6;
    public static final int MAX_LABEL = 100;
    /** The program's rate: each site up to one accepted log per ten minutes, after a burst of six. */
    public static final BucketRule DEFAULT_RATE = new BucketRule(6, Duration.ofMinutes(10));
    static final int MAX_CAPACITY = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    private String keyHash;

    @Column(name = "key_hint", nullable = false, length = 20)
    private String keyHint;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "label", nullable = false, length = MAX_LABEL)
    private String label;

    /** The supplier (its company) that issued it; null when staff did. */
    @Column(name = "supplier_company_id")
    private Long supplierCompanyId;

    @Column(name = "rate_capacity", nullable = false)
    private int rateCapacity;

    @Column(name = "rate_refill_millis", nullable = false)
    private long rateRefillMillis;

    @Column(name = "issued_by", nullable = false, length = 254)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "revoked_by", length = 254)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected UsageKey() {
        // JPA
    }

    /** A new key and its secret, which is shown to the issuer once and stored nowhere. */
    public record Issued(UsageKey key, String secret) {
    }

    /**
     * Issues a key for a site: the SME's company, the project whose system it is (null for the company's own), a label
     * naming the system (every problem at once, on "label" and "rate").
     */
    public static Issued issue(long companyId, Long projectId, Long supplierCompanyId, String label, BucketRule rate, String by,
            Instant now) {
        DomainException.Collector problems = new DomainException.Collector();
        String l = problems.check("label", () -> label(label));
        if (rate == null || rate.capacity() > MAX_CAPACITY || rate.refillEvery().toMillis() < 1 || rate.refillEvery().toDays() > 1) {
            problems.add("rate", "usage.key.rate.invalid");
        }
        problems.throwIfAny();
        return create(PREFIX + Secrets.random(), companyId, projectId, supplierCompanyId, l, rate, by, now);
    }

    /** A key's label as kept (stripped), or the refusal on "label": required, at most {@value #MAX_LABEL} characters. */
    public static String label(String label) {
        return Texts.required(label, MAX_LABEL, "label", "usage.key.label.invalid");
    }

    /**
     * The demo site's key, whose secret the README gives so that a newcomer can call the API with curl. Only the demo
     * data (started with {@code portal.demo=true}) issues it; every other key is random.
     */
    public static Issued demo(String secret, long companyId, Long projectId, Long supplierCompanyId, String label, BucketRule rate,
            String by, Instant now) {
        if (!secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a key begins with " + PREFIX);
        }
        return create(secret, companyId, projectId, supplierCompanyId, label, rate, by, now);
    }

    private static Issued create(String secret, long companyId, Long projectId, Long supplierCompanyId, String l, BucketRule rate,
            String by, Instant now) {
        UsageKey k = new UsageKey();
        k.keyHash = Secrets.hash(secret);
        k.keyHint = secret.substring(0, HINT) + "…";
        k.companyId = companyId;
        k.projectId = projectId;
        k.supplierCompanyId = supplierCompanyId;
        k.label = l;
        k.rateCapacity = rate.capacity();
        k.rateRefillMillis = rate.refillEvery().toMillis();
        k.issuedBy = Objects.requireNonNull(by);
        k.issuedAt = Objects.requireNonNull(now);
        return new Issued(k, secret);
    }

    /** The stored form of a key a client sent. */
    public static String hashOf(String sent) {
        return Secrets.hash(sent);
    }

    public void revoke(String by, Instant now) {
        if (revokedAt != null) {
            throw new DomainException("usage.key.revoked.already");
        }
        revokedBy = Objects.requireNonNull(by);
        revokedAt = Objects.requireNonNull(now);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public BucketRule rate() {
        return new BucketRule(rateCapacity, Duration.ofMillis(rateRefillMillis));
    }

    public Long getId() {
        return id;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public String getKeyHint() {
        return keyHint;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getLabel() {
        return label;
    }

    public Long getSupplierCompanyId() {
        return supplierCompanyId;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
