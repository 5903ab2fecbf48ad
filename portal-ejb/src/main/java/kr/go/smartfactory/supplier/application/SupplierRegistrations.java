package kr.go.smartfactory.supplier.application;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.application.Recipients;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.attachment.application.AttachmentView;
import kr.go.smartfactory.attachment.application.Attachments;
import kr.go.smartfactory.attachment.domain.AttachmentKind;
import kr.go.smartfactory.calendar.application.BusinessCalendars;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.document.pdf.PdfDocument;
import kr.go.smartfactory.notification.application.Notifications;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.supplier.domain.RegistrationStatus;
import kr.go.smartfactory.supplier.domain.Speciality;
import kr.go.smartfactory.supplier.domain.SupplierProfile;
import kr.go.smartfactory.supplier.domain.SupplierRegistration;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/**
 * 공급기업 등록 심사: a supplier that signed up uploads its business registration certificate (through the
 * attachment store) and submits; programme staff check it within {@value #REVIEW_BUSINESS_DAYS} business days and
 * approve — the supplier is listed in search, the API and recommendations from then on, and may print its
 * registration confirmation — or reject with a reason, after which the supplier corrects and submits again.
 * Staff see every new submission in their inbox; the supplier's members are told the decision by inbox and mail.
 */
@Stateless
public class SupplierRegistrations {

    /** 처리기한: staff decide within this many business days of the submission. */
    public static final int REVIEW_BUSINESS_DAYS = 3;
    public static final int MAX_PAGE = 200;
    public static final int MAX_EXPORT = 100_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy.MM.dd");

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private Attachments attachments;

    @Inject
    private Notifications notifications;

    @Inject
    private Recipients recipients;

    @Inject
    private BusinessCalendars calendars;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    // ---- the supplier -------------------------------------------------------------------------------------

    @RolesAllowed(Role.Names.SUPPLIER)
    public RegistrationView mine() {
        return view(myProfile());
    }

    /** Uploads the certificate and submits (again, after a rejection); staff are told. */
    @RolesAllowed(Role.Names.SUPPLIER)
    public RegistrationView submit(String fileName, InputStream certificate) {
        SupplierProfile profile = myProfile();
        if (!view(profile).canSubmit()) {
            throw new DomainException("registration.notSubmittable");
        }
        AttachmentView file = attachments.store(AttachmentKind.BUSINESS_REGISTRATION_CERTIFICATE, profile.getCompany().getId(),
                fileName, certificate);
        profile.submitRegistration(file.id(), clock.instant());
        RegistrationView view = view(profile);
        recipients.withRole(Role.STAFF).forEach(staff -> notifications.inbox(staff, "registration.submitted",
                "/staff/suppliers.xhtml?status=SUBMITTED", profile.getCompany().getName(),
                profile.getCompany().getRegistrationNumber().formatted(), DAY.format(view.dueDate())));
        return view;
    }

    /** The registration confirmation (공급기업 등록확인서) of a listed supplier, as PDF. */
    @RolesAllowed(Role.Names.SUPPLIER)
    public byte[] confirmation(Locale locale) {
        SupplierProfile profile = myProfile();
        if (!profile.getRegistration().isListed()) {
            throw new DomainException("registration.notListed");
        }
        return confirmationPdf(profile, locale);
    }

    // ---- programme staff ------------------------------------------------------------------------------------

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public List<RegistrationView> suppliers(RegistrationFilter filter, int first, int max) {
        List<SupplierProfile> page = suppliers.registrations(filter.getStatus(), filter.search(), Math.max(0, first),
                Math.min(Math.max(1, max), MAX_PAGE));
        // the page's certificates in one query, not one per row
        Map<Long, AttachmentView> certificates = attachments.views(page.stream()
                .map(p -> p.getRegistration().getCertificateId()).filter(Objects::nonNull).toList());
        return page.stream().map(p -> view(p, certificates)).toList();
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public long count(RegistrationFilter filter) {
        return suppliers.countRegistrations(filter.getStatus(), filter.search());
    }

    /** Every supplier matching the filter, page by page (for exports). */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public void forEach(RegistrationFilter filter, Consumer<? super RegistrationView> each) {
        kr.go.smartfactory.document.export.Paging.forEach((first, max) -> suppliers(filter, first, max), MAX_PAGE, MAX_EXPORT, each);
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public void approve(long supplierId) {
        SupplierProfile profile = profile(supplierId);
        UserAccount staff = caller.account();
        profile.approveRegistration(staff.getEmail(), companyOf(staff), clock.instant());
        Company company = profile.getCompany();
        recipients.membersOf(company.getId()).forEach(member -> notifications.notify(member, "registration.approved",
                "/my/registration.xhtml", company.getName()));
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public void reject(long supplierId, String reason) {
        SupplierProfile profile = profile(supplierId);
        UserAccount staff = caller.account();
        profile.rejectRegistration(staff.getEmail(), companyOf(staff), reason, clock.instant());
        Company company = profile.getCompany();
        recipients.membersOf(company.getId()).forEach(member -> notifications.notify(member, "registration.rejected",
                "/my/registration.xhtml", company.getName(), profile.getRegistration().getDecisionNote()));
    }

    // ---- shared --------------------------------------------------------------------------------------------

    private RegistrationView view(SupplierProfile p) {
        Long certificateId = p.getRegistration().getCertificateId();
        return view(p, certificateId == null ? Map.of() : attachments.views(List.of(certificateId)));
    }

    /** The registration as staff and the supplier see it; {@code certificates}: the readable ones, by id. */
    private RegistrationView view(SupplierProfile p, Map<Long, AttachmentView> certificates) {
        SupplierRegistration r = p.getRegistration();
        LocalDate due = null;
        boolean overdue = false;
        if (r.getSubmittedAt() != null) {
            due = calendars.current().plusBusinessDays(r.getSubmittedAt().atZone(KoreanTime.ZONE).toLocalDate(), REVIEW_BUSINESS_DAYS);
            overdue = r.getStatus() == RegistrationStatus.SUBMITTED && KoreanTime.today(clock).isAfter(due);
        }
        AttachmentView certificate = r.getCertificateId() == null ? null : certificates.get(r.getCertificateId());
        Company c = p.getCompany();
        return new RegistrationView(p.getId(), c.getName(), c.getRegistrationNumber().formatted(), c.getCeoName(),
                c.getRegion().name(), r.getStatus(), certificate, r.getSubmittedAt(), due, overdue, r.getDecidedAt(),
                r.getDecidedBy(), r.getDecisionNote());
    }

    private byte[] confirmationPdf(SupplierProfile p, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        ResourceBundle t = ResourceBundle.getBundle("kr.go.smartfactory.supplier.documents", english ? Locale.ENGLISH : Locale.KOREAN,
                SupplierRegistrations.class.getClassLoader());
        Company c = p.getCompany();
        LocalDate approved = p.getRegistration().getDecidedAt() == null ? KoreanTime.today(clock)
                : p.getRegistration().getDecidedAt().atZone(KoreanTime.ZONE).toLocalDate();
        String number = String.format(t.getString("confirmation.number"), approved.getYear(), p.getId());
        String specialities = p.getSpecialities().stream().map(s -> s.name(locale)).collect(Collectors.joining(", "));
        return PdfDocument.titled(t.getString("confirmation.title"))
                .language(english ? "en" : "ko-KR")
                .number(number)
                .created(clock.instant())
                .fields(List.of(new PdfDocument.Field(t.getString("confirmation.company"), c.getName()),
                        new PdfDocument.Field(t.getString("confirmation.brn"), c.getRegistrationNumber().formatted()),
                        new PdfDocument.Field(t.getString("confirmation.ceo"), c.getCeoName()),
                        new PdfDocument.Field(t.getString("confirmation.address"), c.getAddress()),
                        new PdfDocument.Field(t.getString("confirmation.industry"), c.getIndustry().name(locale)),
                        new PdfDocument.Field(t.getString("confirmation.specialities"), specialities.isEmpty() ? "-" : specialities),
                        new PdfDocument.Field(t.getString("confirmation.registered"), date(approved, english))))
                .paragraph(t.getString("confirmation.text"))
                .closing(date(KoreanTime.today(clock), english), t.getString("confirmation.issuer"))
                .footer(String.format(t.getString("confirmation.footer"), c.getRegistrationNumber().formatted()))
                .build().render();
    }

    private static String date(LocalDate d, boolean english) {
        return PdfDocument.longDate(d, english);
    }

    private SupplierProfile myProfile() {
        UserAccount me = caller.account();
        if (me.getCompany() == null) {
            throw new AccessDeniedException("no company");
        }
        return suppliers.profileOfCompany(me.getCompany().getId())
                .orElseThrow(() -> new AccessDeniedException("the caller's company has no supplier profile"));
    }

    private SupplierProfile profile(long id) {
        return suppliers.profile(id).orElseThrow(() -> new DomainException("registration.notFound"));
    }

    private static Long companyOf(UserAccount account) {
        return account.getCompany() == null ? null : account.getCompany().getId();
    }
}
