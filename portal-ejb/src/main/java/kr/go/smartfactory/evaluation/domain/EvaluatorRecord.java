package kr.go.smartfactory.evaluation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What is known about an evaluator for the conflict-of-interest check: its own company, past employments (business
 * number, last day; none: still employed), declared interests and past joint projects (business numbers). Pure: the
 * check is a function of this record, the two companies of an application and the day.
 */
public record EvaluatorRecord(String ownCompany, List<Employment> employments, Set<String> declaredInterests,
        Set<String> jointProjects) {

    public static final int EMPLOYMENT_YEARS = 3;

    public record Employment(String registrationNumber, LocalDate endedOn) {
    }

    public EvaluatorRecord {
        employments = employments == null ? List.of() : List.copyOf(employments);
        declaredInterests = declaredInterests == null ? Set.of() : Set.copyOf(declaredInterests);
        jointProjects = jointProjects == null ? Set.of() : Set.copyOf(jointProjects);
    }

    /**
     * Every tie of this evaluator to the applicant or its supplier on that day; empty: it may evaluate. An employment
     * counts when it ended less than three years before the day (on the third anniversary it no longer counts).
     */
    public List<Tie> tiesTo(String applicant, String supplier, LocalDate today) {
        List<Tie> ties = new ArrayList<>();
        for (String company : supplier == null ? List.of(applicant) : List.of(applicant, supplier)) {
            if (company == null) {
                continue;
            }
            if (company.equals(ownCompany)) {
                ties.add(new Tie(Tie.Kind.SAME_COMPANY, company, null));
            }
            employment(company, today).ifPresent(ties::add);
            if (declaredInterests.contains(company)) {
                ties.add(new Tie(Tie.Kind.DECLARED_INTEREST, company, null));
            }
            if (jointProjects.contains(company)) {
                ties.add(new Tie(Tie.Kind.JOINT_PROJECT, company, null));
            }
        }
        return ties;
    }

    private Optional<Tie> employment(String company, LocalDate today) {
        return employments.stream().filter(e -> e.registrationNumber().equals(company))
                .filter(e -> e.endedOn() == null || today.isBefore(e.endedOn().plusYears(EMPLOYMENT_YEARS)))
                .findFirst().map(e -> new Tie(Tie.Kind.EMPLOYMENT, company, e.endedOn()));
    }
}
