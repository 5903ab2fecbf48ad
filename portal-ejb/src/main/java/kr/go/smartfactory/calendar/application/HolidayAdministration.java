package kr.go.smartfactory.calendar.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.calendar.domain.Holiday;
import kr.go.smartfactory.calendar.domain.HolidayKind;
import kr.go.smartfactory.calendar.domain.HolidayRepository;
import kr.go.smartfactory.shared.domain.DomainException;

/**
 * Administrators keep the holiday table (public holidays, substitute and temporary holidays); every deadline and
 * business-hour clock follows it. Each change is in the audit trail.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class HolidayAdministration {

    @Inject
    private HolidayRepository holidays;

    @Inject
    private BusinessCalendars calendars;

    public List<Holiday> year(int year) {
        return holidays.inYear(year);
    }

    /** Adds a holiday, or renames the one already on that day. */
    public void save(LocalDate date, String nameKo, String nameEn, HolidayKind kind) {
        DomainException.Collector problems = new DomainException.Collector();
        if (date == null) {
            problems.add("date", "holiday.date.required");
        }
        problems.check("nameKo", () -> Holiday.checkName(nameKo, "nameKo"));
        problems.check("nameEn", () -> Holiday.checkName(nameEn, "nameEn"));
        if (kind == null) {
            problems.add("kind", "holiday.kind.required");
        }
        problems.throwIfAny();
        holidays.on(date).ifPresentOrElse(h -> h.rename(nameKo, nameEn, kind),
                () -> holidays.add(new Holiday(date, nameKo, nameEn, kind)));
        calendars.invalidate();
    }

    public void remove(LocalDate date) {
        holidays.on(date).ifPresent(holidays::remove);
        calendars.invalidate();
    }
}
