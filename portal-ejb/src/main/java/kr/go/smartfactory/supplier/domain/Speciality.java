package kr.go.smartfactory.supplier.domain;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.Texts;

/**
 * One node of the solution classification (솔루션 분류), e.g. {@code SW.OPS.MES} under {@code SW.OPS} under
 * {@code SW}. Kept as data that administrators edit; suppliers, solutions and build histories refer to it.
 */
@Entity
@Table(name = "speciality")
public class Speciality {

    public static final int MAX_SORT_ORDER = 9999;

    @Id
    @Column(length = 40)
    private String code;

    @Column(name = "parent_code", length = 40)
    private String parentCode;

    @Column(name = "name_ko", nullable = false, length = 100)
    private String nameKo;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Speciality() {
        // JPA
    }

    public Speciality(String code, String parentCode, String nameKo, String nameEn, int sortOrder) {
        if (code == null || code.length() > 40 || !code.matches("[A-Z0-9]{1,12}(\\.[A-Z0-9]{1,12})*")) {
            throw DomainException.onField("segment", "speciality.code.invalid");
        }
        if (parentCode != null && !code.startsWith(parentCode + ".")) {
            throw DomainException.onField("segment", "speciality.code.invalid");
        }
        this.code = code;
        this.parentCode = parentCode;
        rename(nameKo, nameEn);
        reorder(Math.min(sortOrder, MAX_SORT_ORDER));
    }

    public void rename(String nameKo, String nameEn) {
        this.nameKo = Texts.required(nameKo, 100, "nameKo", "speciality.name.invalid");
        this.nameEn = Texts.required(nameEn, 100, "nameEn", "speciality.name.invalid");
    }

    /** Its place among its siblings (lower first). */
    public void reorder(int newSortOrder) {
        if (newSortOrder < 0 || newSortOrder > MAX_SORT_ORDER) {
            throw DomainException.onField("sortOrder", "speciality.order.invalid");
        }
        this.sortOrder = newSortOrder;
    }

    public String getCode() {
        return code;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getNameKo() {
        return nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** The name without its explanation in brackets: "MES" for "MES(생산관리시스템)". */
    public String shortName(Locale locale) {
        String name = name(locale);
        int bracket = name.indexOf('(');
        return bracket > 0 ? name.substring(0, bracket).strip() : name;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameKo;
    }
}
