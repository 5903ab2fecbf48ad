package kr.go.smartfactory.aftersales.domain;

import jakarta.persistence.Converter;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.EnumSetColumn;

/** The regions a support group covers, as one column. */
@Converter
public class RegionSetConverter extends EnumSetColumn<Region> {

    public RegionSetConverter() {
        super(Region.class);
    }
}
