package kr.go.smartfactory.shared.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;

/**
 * A set of enum values stored as one column ("BASIC,INTERMEDIATE_1"), so changing the set is an ordinary
 * attribute change that the audit trail records with its before and after. Each set type has its concrete
 * {@code @Converter} subclass (JPA needs one class per attribute type).
 */
public abstract class EnumSetColumn<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    private final Class<E> type;

    protected EnumSetColumn(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
        return values == null ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<E> convertToEntityAttribute(String column) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(name -> Enum.valueOf(type, name)).forEach(values::add);
        }
        return values;
    }
}
