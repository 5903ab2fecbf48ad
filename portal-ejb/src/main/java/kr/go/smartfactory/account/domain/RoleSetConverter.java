package kr.go.smartfactory.account.domain;

import jakarta.persistence.Converter;

import kr.go.smartfactory.shared.domain.EnumSetColumn;

/** Roles stored as one column ("SME,STAFF"). */
@Converter
public class RoleSetConverter extends EnumSetColumn<Role> {

    public RoleSetConverter() {
        super(Role.class);
    }
}
