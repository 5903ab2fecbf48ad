package kr.go.smartfactory.supplier.application;

import java.math.BigDecimal;
import java.util.List;

import kr.go.smartfactory.account.domain.Region;

/** One supplier in a result list; {@code highlights} are HTML-escaped snippets with {@code <mark>} tags. */
public record SupplierHit(long id, String registrationNumber, String name, Region region, List<String> specialities,
        int verifiedBuilds, BigDecimal rating, List<String> highlights) {
}
