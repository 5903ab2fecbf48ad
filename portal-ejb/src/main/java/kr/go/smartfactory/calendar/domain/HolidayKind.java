package kr.go.smartfactory.calendar.domain;

/** Why a day is off for public offices (관공서의 공휴일에 관한 규정). */
public enum HolidayKind {
    /** A public holiday by law (신정, 설날, 삼일절, …). */
    STATUTORY,
    /** A substitute holiday (대체공휴일) for one that fell on a weekend or another holiday. */
    SUBSTITUTE,
    /** A holiday the government designated for one year (임시공휴일), elections included. */
    TEMPORARY
}
