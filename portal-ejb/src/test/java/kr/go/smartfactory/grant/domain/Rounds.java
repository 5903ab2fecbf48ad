package kr.go.smartfactory.grant.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.IndustryCode;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.program.domain.Announcement;
import kr.go.smartfactory.program.domain.AnnouncementDetails;
import kr.go.smartfactory.program.domain.GrantRules;
import kr.go.smartfactory.program.domain.ProgramType;
import kr.go.smartfactory.program.domain.RequiredDocument;
import kr.go.smartfactory.program.domain.RubricCriterion;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.shared.domain.Money;
import kr.go.smartfactory.shared.domain.SmartLevel;

/** Announcements and companies of the application tests: the 2022 round's rules, a window around 2026-12. */
public final class Rounds {

    public static final Instant OPENS = kst("2026-12-01T09:00");
    public static final Instant CLOSES = kst("2027-01-14T18:00");
    public static final Instant DURING = kst("2026-12-10T10:00");
    public static final Instant AFTER = kst("2027-01-14T18:00");

    private Rounds() {
    }

    public static Instant kst(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(KoreanTime.ZONE).toInstant();
    }

    /** 기초: NONE → BASIC, cap 5천만, government ≤ 50 %, company ≥ 50 %, 3–9 months, plan + tax clearance. */
    public static GrantRules basic() {
        return GrantRules.builder().currentLevels(EnumSet.of(SmartLevel.NONE)).targetLevels(EnumSet.of(SmartLevel.BASIC))
                .grantCap(Money.won(50_000_000)).maxGovernmentShare(new BigDecimal("50")).minCompanyShare(new BigDecimal("50"))
                .buildMonths(3, 9).intensiveAsMonths(6).shortlistFactor(new BigDecimal("1.5")).objectionDays(7)
                .requiredDocuments(EnumSet.of(RequiredDocument.TAX_CLEARANCE)).build();
    }

    /** 고도화1: BASIC/중간1 → 중간1/중간2, cap 2억, security solution from 중간1. */
    static GrantRules advanced1() {
        return basic().toBuilder().currentLevels(EnumSet.of(SmartLevel.BASIC, SmartLevel.INTERMEDIATE_1))
                .targetLevels(EnumSet.of(SmartLevel.INTERMEDIATE_1, SmartLevel.INTERMEDIATE_2))
                .grantCap(Money.won(200_000_000)).securityRequiredFrom(SmartLevel.INTERMEDIATE_1).build();
    }

    /** 상생형: government ≤ 30 %, partner ≥ 30 %, company ≤ 40 %. */
    static GrantRules winWin() {
        return basic().toBuilder().grantCap(Money.won(100_000_000)).maxGovernmentShare(new BigDecimal("30"))
                .minCompanyShare(BigDecimal.ZERO).maxCompanyShare(new BigDecimal("40")).minPartnerShare(new BigDecimal("30")).build();
    }

    static Announcement open(ProgramType type, GrantRules rules, Set<Region> regions) {
        Announcement a = Announcement.draft(new AnnouncementDetails("2027년 공고", "요약", type, 2027, regions, 100,
                Money.won(5_000_000_000L), OPENS, CLOSES), rules, List.of(new RubricCriterion("필요성", "Need", 100)), List.of(),
                kst("2026-11-30T10:00"));
        a.publish(kst("2026-11-30T10:00"));
        return a;
    }

    public static Announcement basicRound() {
        return open(ProgramType.BASIC, basic(), Set.of());
    }

    public static Company sme() {
        return new Company(BusinessRegistrationNumber.of("2208162517"), "(주)한빛정밀", "김한빛", "창원", Region.GYEONGNAM,
                new IndustryCode("30", "자동차 및 트레일러 제조업", "Motor vehicles", 30), CompanyKind.SME, kst("2026-01-01T00:00"));
    }
}
