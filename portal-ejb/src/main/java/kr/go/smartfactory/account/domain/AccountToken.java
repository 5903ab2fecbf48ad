package kr.go.smartfactory.account.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import kr.go.smartfactory.shared.domain.NotAudited;
import kr.go.smartfactory.shared.domain.Secrets;

/**
 * A one-time token sent by e-mail (confirm the address, reset or set a password). Only its SHA-256 hash is
 * stored, so a copy of the database cannot be used to take over accounts. It is usable once, before it
 * expires; the nightly housekeeping job purges spent and expired tokens.
 */
@Entity
@NotAudited
@Table(name = "account_token")
public class AccountToken {


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
        // JPA
    }

    private AccountToken(UserAccount account, TokenPurpose purpose, String tokenHash, Instant now) {
        this.account = Objects.requireNonNull(account);
        this.purpose = Objects.requireNonNull(purpose);
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    /** A new token and its secret value, which goes into the e-mail and nowhere else. */
    public static Issued issue(UserAccount account, TokenPurpose purpose, Instant now) {
        String secret = randomSecret();
        return new Issued(new AccountToken(account, purpose, hash(secret), now), secret);
    }

    /** 256 random bits, URL-safe. */
    public static String randomSecret() {
        return Secrets.random();
    }

    public static String hash(String secret) {
        return Secrets.hash(secret);
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the token; refuses a spent or expired one. */
    public void use(Instant now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("token spent or expired");
        }
        usedAt = now;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public record Issued(AccountToken token, String secret) {
    }
}
