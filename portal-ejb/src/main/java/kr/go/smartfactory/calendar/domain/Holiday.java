package kr.go.smartfactory.calendar.domain;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kr.go.smartfactory.shared.domain.Texts;

/**
 * A day public offices are closed, kept as data (공휴일): laws add holidays, substitute days follow the calendar,
 * and governments declare temporary ones, so administrators maintain the table. One row per day; two holidays
 * on one day share a row ("어린이날·부처님오신날").
 */
@Entity
@Table(name = "holiday")
public class Holiday {

    @Id
    @Column(name = "holiday_date")
    private LocalDate date;

    @Column(name = "name_ko", nullable = false, length = 100)
    private String nameKo;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HolidayKind kind;

    @Version
    private long version;

    protected Holiday() {
        // JPA
    }

    public Holiday(LocalDate date, String nameKo, String nameEn, HolidayKind kind) {
        this.date = Objects.requireNonNull(date);
        rename(nameKo, nameEn, kind);
    }

    public void rename(String newNameKo, String newNameEn, HolidayKind newKind) {
        this.nameKo = checkName(newNameKo, "nameKo");
        this.nameEn = checkName(newNameEn, "nameEn");
        this.kind = Objects.requireNonNull(newKind);
    }

    /** A holiday's name in one language: required, at most 100 characters; returns it stripped. */
    public static String checkName(String name, String field) {
        return Texts.required(name, 100, field, "holiday.name.invalid");
    }

    public LocalDate getDate() {
        return date;
    }

    public String getNameKo() {
        return nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public HolidayKind getKind() {
        return kind;
    }
}
