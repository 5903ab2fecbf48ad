package kr.go.smartfactory.calendar.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.calendar.application.HolidayAdministration;
import kr.go.smartfactory.calendar.domain.Holiday;
import kr.go.smartfactory.calendar.domain.HolidayKind;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.web.support.Actions;

/** admin/holidays.xhtml: administrators keep the public holidays the business calendar counts with. */
@Named
@ViewScoped
public class HolidaysBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HolidayAdministration holidays;

    @Inject
    private Clock clock;

    private int year;
    private transient List<Holiday> rows;
    private LocalDate date;
    private String nameKo;
    private String nameEn;
    private HolidayKind kind = HolidayKind.STATUTORY;

    @PostConstruct
    void init() {
        year = KoreanTime.today(clock).getYear();
    }

    public List<Holiday> getRows() {
        if (rows == null) {
            rows = holidays.year(year);
        }
        return rows;
    }

    public void show() {
        rows = null;
    }

    public void edit(Holiday holiday) {
        date = holiday.getDate();
        nameKo = holiday.getNameKo();
        nameEn = holiday.getNameEn();
        kind = holiday.getKind();
    }

    public void save() {
        if (Actions.run(() -> holidays.save(date, nameKo, nameEn, kind), "holidays.saved")) {
            rows = null;
            date = null;
            nameKo = null;
            nameEn = null;
            kind = HolidayKind.STATUTORY;
        }
    }

    public void remove(LocalDate day) {
        if (Actions.run(() -> holidays.remove(day), "holidays.removed")) {
            rows = null;
        }
    }

    public List<Integer> getYears() {
        int now = KoreanTime.today(clock).getYear();
        return List.of(now - 2, now - 1, now, now + 1, now + 2);
    }

    public HolidayKind[] getKinds() {
        return HolidayKind.values();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getNameKo() {
        return nameKo;
    }

    public void setNameKo(String nameKo) {
        this.nameKo = nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public HolidayKind getKind() {
        return kind;
    }

    public void setKind(HolidayKind kind) {
        this.kind = kind;
    }
}
