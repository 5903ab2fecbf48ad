package kr.go.smartfactory.calendar.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The holiday table. */
public interface HolidayRepository {

    List<Holiday> all();

    List<Holiday> inYear(int year);

    Optional<Holiday> on(LocalDate date);

    void add(Holiday holiday);

    void remove(Holiday holiday);
}
