package kr.go.smartfactory.program.domain;

import jakarta.persistence.Converter;

import kr.go.smartfactory.shared.domain.EnumSetColumn;

/** Required documents stored as one column ("BUSINESS_PLAN,TAX_CLEARANCE"). */
@Converter
public class RequiredDocumentSetConverter extends EnumSetColumn<RequiredDocument> {

    public RequiredDocumentSetConverter() {
        super(RequiredDocument.class);
    }
}
