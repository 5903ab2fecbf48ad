package kr.go.smartfactory.company.domain;

/** What a signed-up company is in the programme: a manufacturer introducing a smart factory, or a supplier. */
public enum CompanyKind {
    SME, SUPPLIER
}
