package kr.go.smartfactory.supplier.application;

import java.math.BigDecimal;
import java.util.List;

import kr.go.smartfactory.company.domain.Region;

/** One supplier in a result list; {@code highlights} are HTML-escaped snippets with {@code <mark>} tags. */
public record SupplierHit(long id, String registrationNumber, String name, Region region, List<String> specialities,
        int verifiedBuilds, BigDecimal rating, List<String> highlights) {

    /** A row from the database rather than the index (no highlights). */
    public static SupplierHit of(kr.go.smartfactory.supplier.domain.SupplierProfile p) {
        return new SupplierHit(p.getId(), p.getCompany().getRegistrationNumber().digits(), p.getCompany().getName(),
                p.getCompany().getRegion(), leaves(List.copyOf(p.getSpecialityPaths())), p.getVerifiedBuilds(),
                p.getRating(), List.of());
    }

    /** Codes without their ancestors ("SW.OPS.MES", not also "SW.OPS" and "SW"). */
    public static List<String> leaves(List<String> paths) {
        return paths.stream().filter(p -> paths.stream().noneMatch(o -> o.startsWith(p + "."))).sorted().toList();
    }
}
