package kr.go.smartfactory.supplier.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.supplier.domain.AmountBand;
import kr.go.smartfactory.supplier.domain.BuildHistory;
import kr.go.smartfactory.supplier.domain.HistoryKind;
import kr.go.smartfactory.supplier.domain.KeyPerson;
import kr.go.smartfactory.supplier.domain.SupplierProfile;

/**
 * A supplier's public profile: registry data, what it offers, key personnel with masked names, and its
 * build histories — verified and self-declared kept in separate lists.
 */
public record SupplierView(long id, String registrationNumber, String name, String ceoName, Region region,
        String homepage, String introduction, Integer foundedYear, BigDecimal rating, int ratingCount,
        List<Named> specialities, List<Region> regionsServed, List<Named> industriesServed, List<SolutionView> solutions,
        List<CertificationView> certifications, List<PersonView> keyPersonnel, int verifiedBuilds,
        List<HistoryView> verifiedHistories, List<HistoryView> selfDeclaredHistories, Long logoVersion) {

    public boolean hasLogo() {
        return logoVersion != null;
    }

    public record Named(String code, String nameKo, String nameEn) {
    }

    public record SolutionView(long id, String name, String specialityCode, String description) {
    }

    public record CertificationView(String name, String issuer, LocalDate validUntil) {
    }

    /** {@code name} is masked (김*수): personal data on a public page. */
    public record PersonView(long id, String name, String role, int years, String certifications) {
    }

    public record HistoryView(long id, HistoryKind kind, String clientIndustry, String clientIndustryNameKo,
            String clientIndustryNameEn, Region clientRegion, int year, List<String> solutions, SmartLevel levelBefore,
            SmartLevel levelAfter, AmountBand amountBand, String description) {

        static HistoryView of(BuildHistory h) {
            return new HistoryView(h.getId(), h.getKind(), h.getClientIndustry().getCode(), h.getClientIndustry().getNameKo(),
                    h.getClientIndustry().getNameEn(), h.getClientRegion(), h.getYear(), List.copyOf(h.getSolutions()),
                    h.getLevelBefore(), h.getLevelAfter(), h.getAmountBand(), h.getDescription());
        }
    }

    public static SupplierView of(SupplierProfile p) {
        return new SupplierView(p.getId(), p.getCompany().getRegistrationNumber().formatted(), p.getCompany().getName(),
                p.getCompany().getPublicCeoName(), p.getCompany().getRegion(), p.getHomepage(), p.getIntroduction(),
                p.getFoundedYear(), p.getRating(), p.getRatingCount(),
                p.getSpecialities().stream().map(s -> new Named(s.getCode(), s.getNameKo(), s.getNameEn())).toList(),
                p.getRegionsServed().stream().sorted().toList(),
                p.getIndustriesServed().stream().map(i -> new Named(i.getCode(), i.getNameKo(), i.getNameEn())).toList(),
                p.getSolutions().stream().map(s -> new SolutionView(s.getId() == null ? 0 : s.getId(), s.getName(), s.getSpecialityCode(), s.getDescription())).toList(),
                p.getCertifications().stream().map(c -> new CertificationView(c.getName(), c.getIssuer(), c.getValidUntil())).toList(),
                p.getKeyPersonnel().stream().map(k -> new PersonView(k.getId() == null ? 0 : k.getId(), KeyPerson.mask(k.getName()), k.getRole(), k.getYears(),
                        k.getCertifications())).toList(),
                p.getVerifiedBuilds(),
                p.getBuildHistories().stream().filter(BuildHistory::isVerified).map(HistoryView::of).toList(),
                p.getBuildHistories().stream().filter(h -> !h.isVerified()).map(HistoryView::of).toList(),
                p.getLogoUpdatedAt() == null ? null : p.getLogoUpdatedAt().toEpochMilli());
    }
}
