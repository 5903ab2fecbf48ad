package kr.go.smartfactory.account.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.persistence.Version;

import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.NotAudited;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * A person's account. Life cycle: a company member signs up (PENDING_CONFIRMATION) and becomes ACTIVE by
 * following the e-mail link; staff accounts are created ACTIVE by an administrator, who also grants roles
 * and may disable an account. Sign-in counts consecutive failures and locks the account for a while
 * after too many ({@link SignInPolicy}); a password reset lifts the lock.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "contact_name", nullable = false, length = 100)
    private String contactName;

    @Column(length = 30)
    private String phone;

    @Convert(converter = RoleSetConverter.class)
    @Column(nullable = false, length = 200)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AccountStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    private Company company;

    @NotAudited
    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @NotAudited
    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(nullable = false, length = 10)
    private String locale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Version
    private long version;

    protected UserAccount() {
        // JPA
    }

    private UserAccount(String email, String passwordHash, String contactName, String phone, Set<Role> roles,
            AccountStatus status, Company company, Locale locale, Instant now) {
        this.email = normalizeEmail(email);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.contactName = Texts.required(contactName, 100, "contactName", "account.contactName.invalid");
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
        this.roles = EnumSet.copyOf(roles);
        this.status = status;
        this.company = company;
        this.locale = locale == null ? "ko" : locale.getLanguage();
        this.createdAt = now;
    }

    /** A company member signing up; waits for e-mail confirmation. */
    public static UserAccount signUp(Company company, String email, String passwordHash, String contactName,
            String phone, Locale locale, Instant now) {
        Objects.requireNonNull(company);
        return new UserAccount(email, passwordHash, contactName, phone, EnumSet.of(Role.memberOf(company.getKind())),
                AccountStatus.PENDING_CONFIRMATION, company, locale, now);
    }

    /**
     * A newcomer whose business registration number is already registered: an account of that kind's role, but no
     * company until staff decide the claim ({@link #joinCompany}); waits for e-mail confirmation like any sign-up.
     */
    public static UserAccount claiming(CompanyKind kind, String email, String passwordHash, String contactName, String phone,
            Locale locale, Instant now) {
        return new UserAccount(email, passwordHash, contactName, phone, EnumSet.of(Role.memberOf(kind)),
                AccountStatus.PENDING_CONFIRMATION, null, locale, now);
    }

    /** Staff recognised this account as acting for {@code newCompany} (a decided claim). */
    public void joinCompany(Company newCompany) {
        if (company != null) {
            throw new DomainException("claim.alreadyMember");
        }
        if (!roles.contains(Role.memberOf(newCompany.getKind()))) {
            throw new DomainException("claim.kindDiffers");
        }
        this.company = newCompany;
    }

    /** Staff found this account does not act for its company: it leaves it and is disabled. */
    public void leaveCompany() {
        this.company = null;
        this.status = AccountStatus.DISABLED;
    }

    /** A staff account created by an administrator; active at once, its password set through a reset link. */
    public static UserAccount staff(String email, String passwordHash, String contactName, String phone,
            Set<Role> roles, Instant now) {
        requireStaffRoles(roles);
        UserAccount account = new UserAccount(email, passwordHash, contactName, phone, roles, AccountStatus.ACTIVE,
                null, Locale.KOREAN, now);
        account.confirmedAt = now;
        return account;
    }

    public static String normalizeEmail(String email) {
        if (email == null || email.isBlank()) {
            throw DomainException.onField("email", "account.email.required");
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static void requireStaffRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty() || !Role.STAFF_ROLES.containsAll(roles)) {
            throw DomainException.onField("roles", "staff.roles.invalid");
        }
    }

    public void confirm(Instant now) {
        if (status == AccountStatus.PENDING_CONFIRMATION) {
            status = AccountStatus.ACTIVE;
            confirmedAt = now;
        }
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Records one sign-in attempt whose password check gave {@code passwordMatches}. A locked account is
     * refused without counting; the failure that reaches the limit locks the account.
     */
    public SignInOutcome recordSignIn(boolean passwordMatches, Instant now, SignInPolicy policy) {
        if (isLocked(now)) {
            return SignInOutcome.LOCKED;
        }
        if (!passwordMatches) {
            failedSignIns++;
            if (failedSignIns >= policy.maxFailures()) {
                lockedUntil = now.plus(policy.lockDuration());
                failedSignIns = 0;
                return SignInOutcome.LOCKED;
            }
            return SignInOutcome.INVALID_CREDENTIALS;
        }
        failedSignIns = 0;
        lockedUntil = null;
        if (status == AccountStatus.PENDING_CONFIRMATION) {
            return SignInOutcome.NOT_CONFIRMED;
        }
        if (status == AccountStatus.DISABLED) {
            return SignInOutcome.DISABLED;
        }
        lastSignInAt = now;
        return SignInOutcome.SUCCESS;
    }

    /** A new password (already hashed) also lifts a lock, since the owner proved control of the e-mail. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    /** Administrators grant staff roles; a company member keeps its company role. */
    public void assignStaffRoles(Set<Role> staffRoles) {
        if (staffRoles == null || !Role.STAFF_ROLES.containsAll(staffRoles)) {
            throw DomainException.onField("roles", "staff.roles.invalid");
        }
        EnumSet<Role> next = EnumSet.copyOf(staffRoles.isEmpty() ? EnumSet.noneOf(Role.class) : staffRoles);
        if (company != null) {
            next.add(Role.memberOf(company.getKind()));
        }
        if (next.isEmpty()) {
            throw DomainException.onField("roles", "staff.roles.required");
        }
        // a new set, so the change is seen as an attribute change (and audited)
        this.roles = next;
    }

    public void disable() {
        status = AccountStatus.DISABLED;
    }

    public void enable() {
        if (status == AccountStatus.DISABLED) {
            status = confirmedAt == null ? AccountStatus.PENDING_CONFIRMATION : AccountStatus.ACTIVE;
        }
    }

    public void changeLocale(Locale newLocale) {
        this.locale = newLocale.getLanguage();
    }

    public boolean canSignIn() {
        return status == AccountStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getContactName() {
        return contactName;
    }

    public String getPhone() {
        return phone;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Company getCompany() {
        return company;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
