package kr.go.smartfactory.supplier.application;

/** A facet value with the number of suppliers in the result that have it. */
public record FacetValue(String value, long count) {
}
