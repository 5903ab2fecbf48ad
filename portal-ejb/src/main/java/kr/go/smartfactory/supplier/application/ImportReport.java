package kr.go.smartfactory.supplier.application;

/** What an accepted import did. */
public record ImportReport(int lines, int created, int updated) {
}
