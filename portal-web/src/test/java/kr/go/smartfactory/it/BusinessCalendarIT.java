package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.calendar.application.BusinessCalendars;
import kr.go.smartfactory.calendar.application.HolidayAdministration;
import kr.go.smartfactory.calendar.domain.HolidayKind;
import kr.go.smartfactory.shared.domain.DomainException;

/** The holiday table as data: seeded by the migration, changed by administrators, counted at once. */
@ExtendWith(ArquillianExtension.class)
class BusinessCalendarIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(AsAdmin.class, AsDemoStaff.class);
    }

    @Inject
    private HolidayAdministration holidays;

    @Inject
    private BusinessCalendars calendars;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private AsDemoStaff asStaff;

    @Test
    void theSeededHolidaysCountAndAnAdministratorsNewOneCountsAtOnce() {
        assertEquals(LocalDate.of(2026, 2, 19), calendars.current().plusBusinessDays(LocalDate.of(2026, 2, 13), 1), "설날 2026");
        assertEquals(6, asAdmin.call(() -> holidays.year(2025)).stream().filter(h -> h.getDate().getMonthValue() == 10).count(),
                "October 2025: 개천절, 추석 three days, 대체공휴일, 한글날");

        // a temporary holiday declared for a day of 2027 that is a working day now
        LocalDate declared = LocalDate.of(2027, 6, 4);
        assertTrue(calendars.current().isBusinessDay(declared));
        asAdmin.call(() -> {
            holidays.save(declared, "임시공휴일", "Temporary holiday", HolidayKind.TEMPORARY);
            return null;
        });
        try {
            assertFalse(calendars.current().isBusinessDay(declared));
            assertEquals(LocalDate.of(2027, 6, 7), calendars.current().plusBusinessDays(LocalDate.of(2027, 6, 3), 1));
        } finally {
            asAdmin.call(() -> {
                holidays.remove(declared);
                return null;
            });
        }
        assertTrue(calendars.current().isBusinessDay(declared));
    }

    @Test
    void holidaysAreAdministratorsToChangeAndNeedNames() {
        assertThrows(Exception.class, () -> asStaff.call(() -> {
            holidays.save(LocalDate.of(2027, 6, 4), "x", "x", HolidayKind.TEMPORARY);
            return null;
        }));
        DomainException unnamed = assertThrows(DomainException.class, () -> asAdmin.call(() -> {
            holidays.save(LocalDate.of(2027, 6, 4), " ", "x", HolidayKind.TEMPORARY);
            return null;
        }));
        assertEquals(List.of("holiday.name.invalid"), unnamed.getMessageKeys());
        DomainException empty = assertThrows(DomainException.class, () -> asAdmin.call(() -> {
            holidays.save(null, "", "x".repeat(101), null);
            return null;
        }));
        assertEquals(List.of(DomainException.Problem.on("date", "holiday.date.required"),
                DomainException.Problem.on("nameKo", "holiday.name.invalid"),
                DomainException.Problem.on("nameEn", "holiday.name.invalid"),
                DomainException.Problem.on("kind", "holiday.kind.required")), empty.getProblems(),
                "every problem of the form at once, each on its field");
    }
}
