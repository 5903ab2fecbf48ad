package kr.go.smartfactory.grant.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import kr.go.smartfactory.grant.domain.ApplicationContent;
import kr.go.smartfactory.grant.domain.EligibilityItem;
import kr.go.smartfactory.grant.domain.EligibilityRule;
import kr.go.smartfactory.grant.domain.TimelineEntry;
import kr.go.smartfactory.program.domain.RequiredDocument;
import kr.go.smartfactory.shared.domain.DomainException.Problem;
import kr.go.smartfactory.shared.domain.Money;
import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * An application as its pages show it: the row, the content (the working copy for the applicant; for staff and the
 * coordinator, the last submitted version), the checklist, what the rules allow, the timeline and the versions.
 */
public record ApplicationView(ApplicationSummary summary, ApplicationContent content, List<Check> checklist,
        Instant checkedAt, Rules rules, List<Problem> budgetProblems, List<Timeline> timeline, List<Version> versions,
        String coordinatorName, String participationNote, Instant participationAt, String withdrawalReason) {

    /** One checklist line in plain values. */
    public record Check(EligibilityRule rule, boolean passed, String reasonKey, List<String> values, boolean overridden,
            String overrideReason, String overriddenBy, Instant overriddenAt) {

        static Check of(EligibilityItem i) {
            return new Check(i.getRule(), i.isPassed(), i.getReasonKey(), i.getReasonValues(), i.isOverridden(),
                    i.getOverrideReason(), i.getOverriddenBy(), i.getOverriddenAt());
        }

        public boolean satisfied() {
            return passed || overridden;
        }
    }

    /** What the announcement's rules allow, for the wizard's hints and live checks. */
    public record Rules(Set<SmartLevel> currentLevels, Set<SmartLevel> targetLevels, Money grantCap,
            java.math.BigDecimal maxGovernmentShare, java.math.BigDecimal minCompanyShare, java.math.BigDecimal maxCompanyShare,
            java.math.BigDecimal minPartnerShare, int buildMonthsMin, int buildMonthsMax, SmartLevel securityRequiredFrom,
            Set<RequiredDocument> requiredDocuments, Money maximumGrant, Money total) {

        public boolean withPartner() {
            return minPartnerShare.signum() > 0;
        }
    }

    public record Timeline(Instant at, String event, String detail) {

        static Timeline of(TimelineEntry e) {
            return new Timeline(e.getAt(), e.getEvent().name(), e.getDetail());
        }
    }

    public record Version(int number, Instant submittedAt, String submittedBy) {
    }

    public boolean hasProblems() {
        return checklist.stream().anyMatch(c -> !c.satisfied());
    }
}
