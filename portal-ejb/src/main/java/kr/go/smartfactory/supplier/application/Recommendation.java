package kr.go.smartfactory.supplier.application;

import java.util.List;

/**
 * Suppliers recommended for an SME's matching conditions ({@code form}), best first; {@code saved} tells
 * whether the conditions are the SME's saved ones or the first guess from its company data.
 */
public record Recommendation(MatchingForm form, boolean saved, List<SupplierMatch> items) {
}
