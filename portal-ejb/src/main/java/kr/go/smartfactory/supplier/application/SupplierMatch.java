package kr.go.smartfactory.supplier.application;

import kr.go.smartfactory.supplier.domain.BuildMatch;

/**
 * A recommended supplier and why: its best kind of match ({@code tier}) and how many verified builds show it;
 * {@code counts} has every kind ("경남 자동차부품 MES 구축 4건, 전국 9건").
 */
public record SupplierMatch(SupplierHit supplier, BuildMatch.Tier tier, long count, BuildMatch.Counts counts) {
}
