package kr.go.smartfactory.aftersales.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What may not appear in a published knowledge-base case: the company's and the people's names of the request, and
 * whatever identifies someone by its form — e-mail addresses, telephone numbers, business and resident registration
 * numbers, request and agreement numbers. {@link #scrub} replaces each with a placeholder for staff's draft;
 * {@link #finds} is the publication rule (text that still holds any of them is refused).
 */
public final class CaseAnonymizer {

    public static final String COMPANY = "[기업명]";
    public static final String PERSON = "[담당자]";
    public static final String EMAIL = "[이메일]";
    public static final String PHONE = "[전화번호]";
    public static final String NUMBER = "[번호]";

    private static final Pattern EMAILS = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    /** Resident (6-7 digits) and business (3-2-5 digits) registration numbers, with or without hyphens. */
    private static final Pattern REGISTRATION = Pattern.compile("(?<!\\d)(\\d{6}-?[1-8]\\d{6}|\\d{3}-?\\d{2}-?\\d{5})(?!\\d)");
    /** Mobile, area-code and representative (1588-…) numbers, with hyphens, dots, spaces or none. */
    private static final Pattern PHONES = Pattern.compile(
            "(?<!\\d)(0\\d{1,2}[-. ]?\\d{3,4}[-. ]?\\d{4}|1[5-9]\\d{2}[-. ]?\\d{4})(?!\\d)");
    /** The portal's own numbers: AS-2026-000012, SF-2026-000001, agreement numbers. */
    private static final Pattern PORTAL_NUMBERS = Pattern.compile("\\b[A-Z]{2,4}-\\d{4}-[0-9A-Z-]{4,}\\b");
    /** Corporate forms written around a company's name. */
    private static final Pattern CORPORATE_FORM = Pattern.compile("\\(주\\)|\\(유\\)|\\(재\\)|\\(사\\)|주식회사|유한회사|㈜");

    private static final Pattern FORM_AROUND_COMPANY = Pattern.compile("(?:(?:" + CORPORATE_FORM.pattern() + ")\\s*)?"
            + Pattern.quote(COMPANY) + "(?:\\s*(?:" + CORPORATE_FORM.pattern() + "))?");

    private final List<String> companies;
    private final List<String> people;

    /**
     * @param companies the names of the companies of the request (the requester's, its supplier's)
     * @param people    the names of the people of the request (requester, handlers)
     */
    public CaseAnonymizer(Collection<String> companies, Collection<String> people) {
        this.companies = names(companies, true);
        this.people = names(people, false);
    }

    /** The text with every name and identifying number replaced by its placeholder. */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String t = replace(EMAILS, text, EMAIL);
        t = replace(REGISTRATION, t, NUMBER);
        t = replace(PHONES, t, PHONE);
        t = replace(PORTAL_NUMBERS, t, NUMBER);
        for (String company : companies) {
            t = t.replace(company, COMPANY);
        }
        // a corporate form left beside its replaced name ("(주)[기업명]") goes with it
        t = FORM_AROUND_COMPANY.matcher(t).replaceAll(Matcher.quoteReplacement(COMPANY));
        for (String person : people) {
            t = t.replace(person, PERSON);
        }
        return t;
    }

    /** Whether the text still names someone or holds an identifying number. */
    public boolean finds(String text) {
        return text != null && !scrub(text).equals(text);
    }

    private String replace(Pattern pattern, String text, String placeholder) {
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(placeholder));
    }

    /** Longest first, so that "한빛정밀 공장" is replaced before "한빛"; a company also without its corporate form. */
    private static List<String> names(Collection<String> names, boolean companies) {
        return names.stream().filter(Objects::nonNull).flatMap(n -> companies
                        ? java.util.stream.Stream.of(n.strip(), CORPORATE_FORM.matcher(n).replaceAll("").strip())
                        : java.util.stream.Stream.of(n.strip(), n.replaceAll("\\s+", "")))
                .filter(n -> n.length() >= 2).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
