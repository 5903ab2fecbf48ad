package kr.go.smartfactory.company.domain;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A KSIC (한국표준산업분류) code, kept as data in a code table administrators maintain. */
@Entity
@Table(name = "industry_code")
public class IndustryCode {

    @Id
    @Column(length = 10)
    private String code;

    @Column(name = "name_ko", nullable = false, length = 200)
    private String nameKo;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** A short everyday name ("자동차부품" for division 30), where one is set. */
    @Column(name = "short_name_ko", length = 50)
    private String shortNameKo;

    @Column(name = "short_name_en", length = 50)
    private String shortNameEn;

    protected IndustryCode() {
        // JPA
    }

    public IndustryCode(String code, String nameKo, String nameEn, int sortOrder) {
        this.code = code;
        this.nameKo = nameKo;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return code;
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

    /** The short name for compact text, or the full name where no short one is set. */
    public String shortName(Locale locale) {
        boolean korean = Locale.KOREAN.getLanguage().equals(locale.getLanguage());
        String shortName = korean ? shortNameKo : shortNameEn;
        return shortName == null ? name(locale) : shortName;
    }

    public String name(Locale locale) {
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? nameKo : nameEn;
    }
}
