package kr.go.smartfactory.grant.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.program.domain.Announcement;
import kr.go.smartfactory.program.domain.Funding;
import kr.go.smartfactory.program.domain.GrantRules;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.program.domain.RequiredDocument;
import kr.go.smartfactory.sanction.domain.Sanction;
import kr.go.smartfactory.shared.domain.DomainException.Problem;
import kr.go.smartfactory.shared.domain.SmartLevel;

/**
 * The eligibility check (신청자격 검토) of one application's content against its announcement's frozen rules and
 * what is on record about the company: one {@link EligibilityItem} per {@link EligibilityRule}, in order, each with
 * its reason. Pure: the same content, rules, sanctions, supports and day always give the same checklist.
 */
public final class Eligibility {

    private Eligibility() {
    }

    public static List<EligibilityItem> check(Announcement announcement, Region companyRegion, ApplicationContent content,
            List<Sanction> sanctions, List<SupportRecord> supports, LocalDate today) {
        GrantRules rules = announcement.getRules();
        List<EligibilityItem> items = new ArrayList<>();
        items.add(region(announcement.getRegions(), companyRegion));
        items.add(levels(announcement.getType(), rules, content.currentLevel(), content.targetLevel()));
        items.add(supplier(content));
        items.add(buildPeriod(rules, content.buildMonths()));
        Funding funding = content.funding();
        items.add(grantCap(rules, funding));
        items.add(shares(rules, funding));
        items.add(documents(rules, content.documentTypes()));
        items.add(security(rules, content));
        items.add(ban(sanctions, today));
        items.add(duplicate(announcement.getType(), content.targetLevel(), supports, today));
        return items;
    }

    static EligibilityItem region(Set<Region> regions, Region companyRegion) {
        if (regions.isEmpty() || regions.contains(companyRegion)) {
            return EligibilityItem.pass(EligibilityRule.REGION);
        }
        return EligibilityItem.fail(EligibilityRule.REGION, "other", companyRegion == null ? "" : "region." + companyRegion.name());
    }

    static EligibilityItem levels(ProgramType type, GrantRules rules, SmartLevel current, SmartLevel target) {
        if (current == null || target == null) {
            return EligibilityItem.fail(EligibilityRule.LEVELS, "missing");
        }
        if (!rules.getCurrentLevels().contains(current)) {
            return EligibilityItem.fail(EligibilityRule.LEVELS, "current", "level." + current.name());
        }
        if (!rules.getTargetLevels().contains(target)) {
            return EligibilityItem.fail(EligibilityRule.LEVELS, "target", "level." + target.name());
        }
        if (type == ProgramType.REAPPLICATION ? target.compareTo(current) < 0 : !target.isAbove(current)) {
            return EligibilityItem.fail(EligibilityRule.LEVELS, "notAbove", "level." + current.name(), "level." + target.name());
        }
        return EligibilityItem.pass(EligibilityRule.LEVELS);
    }

    static EligibilityItem supplier(ApplicationContent content) {
        if (content.supplierId() == null) {
            return EligibilityItem.fail(EligibilityRule.SUPPLIER, "missing");
        }
        if (content.participation() != Participation.CONFIRMED) {
            return EligibilityItem.fail(EligibilityRule.SUPPLIER, "unconfirmed", content.supplierName());
        }
        return EligibilityItem.pass(EligibilityRule.SUPPLIER);
    }

    static EligibilityItem buildPeriod(GrantRules rules, Integer months) {
        if (months == null || !rules.allowsBuildMonths(months)) {
            return EligibilityItem.fail(EligibilityRule.BUILD_PERIOD, "outside", String.valueOf(rules.getBuildMonthsMin()),
                    String.valueOf(rules.getBuildMonthsMax()));
        }
        return EligibilityItem.pass(EligibilityRule.BUILD_PERIOD);
    }

    static EligibilityItem grantCap(GrantRules rules, Funding funding) {
        if (funding.total().isZero()) {
            return EligibilityItem.fail(EligibilityRule.GRANT_CAP, "noBudget");
        }
        if (funding.government().isGreaterThan(rules.maximumGrant(funding.total()))) {
            return EligibilityItem.fail(EligibilityRule.GRANT_CAP, "exceeded", grouped(funding.government()),
                    grouped(rules.maximumGrant(funding.total())));
        }
        return EligibilityItem.pass(EligibilityRule.GRANT_CAP);
    }

    /** Won with thousands separators and no unit (the message adds 원 or ₩ in its language). */
    private static String grouped(kr.go.smartfactory.shared.domain.Money money) {
        return String.format(java.util.Locale.ROOT, "%,d", money.longValue());
    }

    static EligibilityItem shares(GrantRules rules, Funding funding) {
        if (funding.total().isZero()) {
            return EligibilityItem.fail(EligibilityRule.SHARES, "noBudget");
        }
        List<String> broken = rules.checkFunding(funding).stream().filter(p -> !"government".equals(p.field()))
                .map(Problem::messageKey).toList();
        if (broken.isEmpty()) {
            return EligibilityItem.pass(EligibilityRule.SHARES);
        }
        return EligibilityItem.fail(EligibilityRule.SHARES, "outside", String.join(",", broken));
    }

    static EligibilityItem documents(GrantRules rules, Set<RequiredDocument> attached) {
        Set<RequiredDocument> missing = EnumSet.copyOf(rules.getRequiredDocuments());
        missing.removeAll(attached);
        if (missing.isEmpty()) {
            return EligibilityItem.pass(EligibilityRule.DOCUMENTS);
        }
        return EligibilityItem.fail(EligibilityRule.DOCUMENTS, "missing",
                missing.stream().map(d -> "requiredDocument." + d.name()).sorted().collect(Collectors.joining(",")));
    }

    static EligibilityItem security(GrantRules rules, ApplicationContent content) {
        if (rules.requiresSecuritySolution(content.targetLevel())
                && (content.securitySolution() == null || content.securitySolution().isBlank())) {
            return EligibilityItem.fail(EligibilityRule.SECURITY_SOLUTION, "missing", "level." + content.targetLevel().name());
        }
        return EligibilityItem.pass(EligibilityRule.SECURITY_SOLUTION);
    }

    static EligibilityItem ban(List<Sanction> sanctions, LocalDate today) {
        for (Sanction s : sanctions) {
            if (s.bansOn(today)) {
                String reference = s.getReference() == null ? "" : s.getReference();
                return s.getEndsOn() == null ? EligibilityItem.fail(EligibilityRule.PARTICIPATION_BAN, "permanent", reference)
                        : EligibilityItem.fail(EligibilityRule.PARTICIPATION_BAN, "until", s.getEndsOn().toString(), reference);
            }
        }
        return EligibilityItem.pass(EligibilityRule.PARTICIPATION_BAN);
    }

    /**
     * Same level, same company: a programme other than re-application refuses any earlier support at the target
     * level; re-application (동일수준 재신청) refuses only one still running; another submitted application at the
     * same level is a duplicate either way.
     */
    static EligibilityItem duplicate(ProgramType type, SmartLevel target, List<SupportRecord> supports, LocalDate today) {
        if (target == null) {
            return EligibilityItem.pass(EligibilityRule.DUPLICATE_SUPPORT);
        }
        for (SupportRecord s : supports) {
            if (s.targetLevel() != target) {
                continue;
            }
            if (s.pending()) {
                return EligibilityItem.fail(EligibilityRule.DUPLICATE_SUPPORT, "pending", s.reference());
            }
            if (type != ProgramType.REAPPLICATION) {
                return EligibilityItem.fail(EligibilityRule.DUPLICATE_SUPPORT, "earlier", s.reference(), s.from().toString(),
                        s.to() == null ? "" : s.to().toString());
            }
            if (s.runsOnOrAfter(today)) {
                return EligibilityItem.fail(EligibilityRule.DUPLICATE_SUPPORT, "running", s.reference(), s.from().toString(),
                        s.to() == null ? "" : s.to().toString());
            }
        }
        return EligibilityItem.pass(EligibilityRule.DUPLICATE_SUPPORT);
    }
}
