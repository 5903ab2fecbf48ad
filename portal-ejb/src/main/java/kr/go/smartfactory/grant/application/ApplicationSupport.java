package kr.go.smartfactory.grant.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import kr.go.smartfactory.grant.domain.ApplicationContent;
import kr.go.smartfactory.grant.domain.ApplicationRepository;
import kr.go.smartfactory.grant.domain.ApplicationVersion;
import kr.go.smartfactory.grant.domain.Eligibility;
import kr.go.smartfactory.grant.domain.EligibilityItem;
import kr.go.smartfactory.grant.domain.GrantApplication;
import kr.go.smartfactory.grant.domain.SupportRecord;
import kr.go.smartfactory.program.domain.Funding;
import kr.go.smartfactory.program.domain.GrantRules;
import kr.go.smartfactory.sanction.domain.SanctionRepository;
import kr.go.smartfactory.shared.domain.KoreanTime;

/**
 * What the application services share: the eligibility checklist of some content with what is on record about the
 * company (sanctions and prior supports by business number, its other submitted applications), the views, and the
 * versions' JSON. Called inside the services' transactions and security checks only.
 */
@ApplicationScoped
public class ApplicationSupport {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private ApplicationRepository applications;

    @Inject
    private SanctionRepository sanctions;

    @Inject
    private Clock clock;

    List<EligibilityItem> checklist(GrantApplication a, ApplicationContent content) {
        LocalDate today = KoreanTime.today(clock);
        List<SupportRecord> supports = new ArrayList<>();
        applications.priorSupports(a.getCompany().getRegistrationNumber()).forEach(p -> supports.add(p.record()));
        for (GrantApplication other : applications.otherSubmitted(a.getCompany().getId(), a.getId() == null ? -1 : a.getId())) {
            if (other.getAnnouncement().getRoundYear() == a.getAnnouncement().getRoundYear()) {
                supports.add(new SupportRecord(other.getReceiptNumber(), other.getTargetLevel(), null, null, true));
            }
        }
        return Eligibility.check(a.getAnnouncement(), a.getCompany().getRegion(), content,
                sanctions.sanctionsOf(a.getCompany().getRegistrationNumber()), supports, today);
    }

    /** The checklist of an application's working copy (demo data, which writes through the domain as the services do). */
    public List<EligibilityItem> demoChecklist(GrantApplication a) {
        return checklist(a, a.content());
    }

    public String demoJson(ApplicationContent content) {
        return json(content);
    }

    String json(ApplicationContent content) {
        return JSON.toJson(content);
    }

    ApplicationContent content(ApplicationVersion version) {
        return JSON.fromJson(version.getContent(), ApplicationContent.class);
    }

    /** The content that counts: the last submitted version, or the working copy of what was never submitted. */
    public ApplicationContent submittedContent(GrantApplication a) {
        if (a.getSubmissionCount() == 0 || !a.isRevised()) {
            return a.content();
        }
        List<ApplicationVersion> versions = applications.versions(a.getId());
        return versions.isEmpty() ? a.content() : content(versions.get(0));
    }

    ApplicationView view(GrantApplication a, ApplicationContent content, List<ApplicationView.Check> checklist,
            String coordinatorName) {
        GrantRules r = a.getAnnouncement().getRules();
        Funding funding = content.funding();
        ApplicationView.Rules rules = new ApplicationView.Rules(r.getCurrentLevels(), r.getTargetLevels(), r.getGrantCap(),
                r.getMaxGovernmentShare(), r.getMinCompanyShare(), r.getMaxCompanyShare(), r.getMinPartnerShare(),
                r.getBuildMonthsMin(), r.getBuildMonthsMax(), r.getSecurityRequiredFrom(), r.getRequiredDocuments(),
                r.maximumGrant(funding.total()), funding.total());
        List<ApplicationView.Version> versions = a.getId() == null ? List.of()
                : applications.versions(a.getId()).stream()
                        .map(v -> new ApplicationView.Version(v.getNumber(), v.getSubmittedAt(), v.getSubmittedBy())).toList();
        return new ApplicationView(ApplicationSummary.of(a, clock.instant()), content, checklist, a.getEligibilityCheckedAt(),
                rules, funding.total().isZero() ? List.of() : r.checkFunding(funding),
                a.getTimeline().stream().map(ApplicationView.Timeline::of).toList(), versions, coordinatorName,
                a.getParticipationNote(), a.getParticipationAt(), a.getWithdrawalReason());
    }

    /** The application as submitted, for those who read without writing it (evaluators): no coordinator. */
    public ApplicationView submittedView(GrantApplication a) {
        return view(a, submittedContent(a), checks(a.getEligibility()), null);
    }

    /** The government grant the application asks for, as submitted. */
    public kr.go.smartfactory.shared.domain.Money requestedGrant(GrantApplication a) {
        return submittedContent(a).funding().government();
    }

    static List<ApplicationView.Check> checks(List<EligibilityItem> items) {
        return items.stream().map(ApplicationView.Check::of).toList();
    }
}
