package kr.go.smartfactory.level.application;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.attachment.application.AttachmentView;
import kr.go.smartfactory.attachment.application.Attachments;
import kr.go.smartfactory.attachment.domain.AttachmentKind;
import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyRepository;
import kr.go.smartfactory.document.pdf.PdfDocument;
import kr.go.smartfactory.level.domain.LevelAssessment;
import kr.go.smartfactory.level.domain.LevelRepository;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * Official level assessments (수준확인): staff record what a certifying body assessed, with its report, which
 * issues a certificate valid three years; the company's members and staff print it as PDF; anyone checks a
 * certificate by its number; an application takes the company's level from a valid certificate when there is one
 * ({@link #certifiedLevel}).
 */
@Stateless
public class LevelAssessments {

    public static final int MAX_PAGE = 200;
    public static final int MAX_EXPORT = 100_000;

    @Inject
    private LevelRepository levels;

    @Inject
    private CompanyRepository companies;

    @Inject
    private Attachments attachments;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /**
     * Records an assessment of the SME with this business number and issues its certificate; the report (optional)
     * is stored like every upload and readable by the company and staff. Refused with every problem at once.
     */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public AssessmentView record(String registrationNumber, String certifyingBody, LocalDate assessedOn, SmartLevel level,
            Integer score, String reportName, InputStream report) {
        DomainException.Collector problems = new DomainException.Collector();
        Company company = problems.check("registrationNumber", () -> companies.companyByRegistrationNumber(
                BusinessRegistrationNumber.of(registrationNumber == null ? "" : registrationNumber))
                .orElseThrow(() -> DomainException.onField("registrationNumber", "assessment.company.unknown")));
        if (company == null) {
            problems.throwIfAny();
        }
        LocalDate today = KoreanTime.today(clock);
        problems.check("assessedOn", () -> LevelAssessment.record(company, certifyingBody, assessedOn, level, score, null, today,
                clock.instant()));
        problems.throwIfAny();
        Long reportId = null;
        if (reportName != null && !reportName.isBlank() && report != null) {
            AttachmentView stored = attachments.store(AttachmentKind.LEVEL_REPORT, company.getId(), reportName, report);
            reportId = stored.id();
        }
        LevelAssessment assessment = LevelAssessment.record(company, certifyingBody, assessedOn, level, score, reportId, today,
                clock.instant());
        levels.add(assessment);
        return AssessmentView.of(assessment, today);
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public void revoke(long id, String reason) {
        levels.assessment(id).orElseThrow(() -> new DomainException("assessment.notFound")).revoke(reason, clock.instant());
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<AssessmentView> assessments(String text, int first, int max) {
        LocalDate today = KoreanTime.today(clock);
        return levels.assessments(text, Math.max(0, first), Math.min(Math.max(1, max), MAX_PAGE)).stream()
                .map(a -> AssessmentView.of(a, today)).toList();
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public long count(String text) {
        return levels.countAssessments(text);
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public void forEach(String text, Consumer<? super AssessmentView> each) {
        kr.go.smartfactory.document.export.Paging.forEach((first, max) -> assessments(text, first, max), MAX_PAGE, MAX_EXPORT, each);
    }

    /** The caller's company's certificates, latest first. */
    @RolesAllowed(Role.Names.SME)
    public List<AssessmentView> mine() {
        LocalDate today = KoreanTime.today(clock);
        return levels.assessmentsOf(myCompany().getId()).stream().map(a -> AssessmentView.of(a, today)).toList();
    }

    /** The certificate as PDF, for the company's members and staff (403 for anyone else). */
    @PermitAll
    public byte[] certificatePdf(long id, Locale locale) {
        LevelAssessment a = levels.assessment(id).orElseThrow(() -> new DomainException("assessment.notFound"));
        UserAccount me = caller.account();
        boolean member = me.getCompany() != null && me.getCompany().getId().equals(a.getCompany().getId());
        boolean staff = me.getRoles().stream().anyMatch(r -> r == Role.STAFF || r == Role.ADMIN || r == Role.AUDITOR);
        if (!member && !staff) {
            throw new AccessDeniedException("certificate " + id + " is not the caller's");
        }
        boolean english = "en".equals(locale.getLanguage());
        ResourceBundle t = ResourceBundle.getBundle("kr.go.smartfactory.level.documents", english ? Locale.ENGLISH : Locale.KOREAN,
                LevelAssessments.class.getClassLoader());
        Company c = a.getCompany();
        return PdfDocument.titled(t.getString("certificate.title"))
                .language(english ? "en" : "ko-KR")
                .number(a.getCertificateNumber())
                .created(clock.instant())
                .fields(List.of(new PdfDocument.Field(t.getString("certificate.company"), c.getName()),
                        new PdfDocument.Field(t.getString("certificate.brn"), c.getRegistrationNumber().formatted()),
                        new PdfDocument.Field(t.getString("certificate.level"), t.getString("level." + a.getLevel())),
                        new PdfDocument.Field(t.getString("certificate.score"), a.getScore() == null ? "-" : a.getScore() + " / 1,000"),
                        new PdfDocument.Field(t.getString("certificate.body"), a.getCertifyingBody()),
                        new PdfDocument.Field(t.getString("certificate.assessed"), PdfDocument.longDate(a.getAssessedOn(), english)),
                        new PdfDocument.Field(t.getString("certificate.valid"), PdfDocument.longDate(a.getAssessedOn(), english)
                                + " ~ " + PdfDocument.longDate(a.getValidUntil(), english))))
                .paragraph(t.getString("certificate.text"))
                .closing(PdfDocument.longDate(a.getAssessedOn(), english), t.getString("certificate.issuer"))
                .footer(String.format(t.getString("certificate.footer"), a.getCertificateNumber()))
                .build().render();
    }

    /** Anyone: what a certificate number stands for; empty for a number that was never issued. */
    @PermitAll
    public Optional<CertificateCheck> check(String certificateNumber) {
        LocalDate today = KoreanTime.today(clock);
        return levels.assessmentByCertificate(certificateNumber).map(a -> new CertificateCheck(a.getCertificateNumber(),
                a.getCompany().getName(), a.getCompany().getRegistrationNumber().formatted(), a.getLevel(), a.getAssessedOn(),
                a.getValidUntil(), a.getRevokedAt() != null ? CertificateCheck.Status.REVOKED
                        : a.isValidOn(today) ? CertificateCheck.Status.VALID : CertificateCheck.Status.EXPIRED));
    }

    /** The level of a company's latest certificate valid today, if any (applications prefer it to a self-diagnosis). */
    @PermitAll
    public Optional<SmartLevel> certifiedLevel(long companyId) {
        LocalDate today = KoreanTime.today(clock);
        return levels.assessmentsOf(companyId).stream().filter(a -> a.isValidOn(today)).findFirst().map(LevelAssessment::getLevel);
    }

    /** The level of a company's completed self-diagnosis, if any (an application's level when no certificate is valid). */
    @PermitAll
    public Optional<SmartLevel> selfDiagnosedLevel(long companyId) {
        return levels.diagnosisOf(companyId).filter(d -> d.isCompleted()).map(d -> d.getResultLevel());
    }

    private Company myCompany() {
        return caller.company();
    }
}
