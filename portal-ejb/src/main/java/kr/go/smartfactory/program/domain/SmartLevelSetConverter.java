package kr.go.smartfactory.program.domain;

import jakarta.persistence.Converter;

import kr.go.smartfactory.shared.domain.EnumSetColumn;
import kr.go.smartfactory.shared.domain.SmartLevel;

/** Levels stored as one column ("BASIC,INTERMEDIATE_1"). */
@Converter
public class SmartLevelSetConverter extends EnumSetColumn<SmartLevel> {

    public SmartLevelSetConverter() {
        super(SmartLevel.class);
    }
}
