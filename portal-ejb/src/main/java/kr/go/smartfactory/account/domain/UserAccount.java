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
 * and may disable an account. Failed sign-ins are throttled per address and account
 * ({@link SignInThrottle}), never by locking the account.
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
    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "credentials_changed_at")
    private Instant credentialsChangedAt;

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

    /**
     * What a sign-in with the right password comes to: only a confirmed, enabled account signs in. (Wrong
     * passwords are not recorded on the account: {@link SignInThrottle} slows guessing, so nobody can lock
     * another's account and parallel attempts never collide on this row.)
     */
    public SignInOutcome outcomeOfCorrectPassword() {
        return switch (status) {
            case PENDING_CONFIRMATION -> SignInOutcome.NOT_CONFIRMED;
            case DISABLED -> SignInOutcome.DISABLED;
            default -> SignInOutcome.SUCCESS;
        };
    }

    /** A new password (already hashed): every session signed in before {@code now} ends. */
    public void changePassword(String newPasswordHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        // to the millisecond: databases round nanoseconds, which could put the change after the instant given
        this.credentialsChangedAt = now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** Whether a session that signed in at {@code signedInAt} may go on: the password has not changed since. */
    public boolean acceptsSessionFrom(Instant signedInAt) {
        return canSignIn() && (credentialsChangedAt == null
                || !signedInAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).isBefore(credentialsChangedAt));
    }

    /**
     * Administrators grant staff roles to staff accounts. Separation of duties: a member of an SME or a supplier
     * (or an account claiming to be one) never holds a staff role, so nobody reviews, approves or imports as
     * verified anything about their own company.
     */
    public void assignStaffRoles(Set<Role> staffRoles) {
        if (staffRoles == null || !Role.STAFF_ROLES.containsAll(staffRoles)) {
            throw DomainException.onField("roles", "staff.roles.invalid");
        }
        boolean companyMember = company != null || roles.stream().anyMatch(r -> !Role.STAFF_ROLES.contains(r));
        if (companyMember && !staffRoles.isEmpty()) {
            throw DomainException.onField("roles", "staff.roles.companyMember");
        }
        if (companyMember) {
            return;
        }
        EnumSet<Role> next = EnumSet.copyOf(staffRoles.isEmpty() ? EnumSet.noneOf(Role.class) : staffRoles);
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
