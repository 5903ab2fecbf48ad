package kr.go.smartfactory.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluatorRecordTest {

    static final String APPLICANT = "1308123453";
    static final String SUPPLIER = "2208812349";
    static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    @ParameterizedTest(name = "employment at {0} ended {1}: tied {2}")
    @CsvSource({
            "1308123453, 2023-12-11, true",    // ended less than three years ago
            "1308123453, 2023-12-10, false",   // the third anniversary: no longer
            "2208812349, 2024-06-30, true",    // the supplier counts too
            "1234567890, 2026-01-01, false",   // another company
            "1308123453, , true"})             // still employed
    void employmentCountsForThreeYears(String company, LocalDate ended, boolean tied) {
        EvaluatorRecord r = new EvaluatorRecord(null, List.of(new EvaluatorRecord.Employment(company, ended)), Set.of(), Set.of());
        assertEquals(tied, !r.tiesTo(APPLICANT, SUPPLIER, TODAY).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SAME_COMPANY", "DECLARED_INTEREST", "JOINT_PROJECT"})
    void everyOtherTieIsFoundOnEitherCompany(Tie.Kind kind) {
        for (String company : List.of(APPLICANT, SUPPLIER)) {
            EvaluatorRecord r = new EvaluatorRecord(kind == Tie.Kind.SAME_COMPANY ? company : null, List.of(),
                    kind == Tie.Kind.DECLARED_INTEREST ? Set.of(company) : Set.of(), kind == Tie.Kind.JOINT_PROJECT ? Set.of(company) : Set.of());
            assertEquals(List.of(kind), r.tiesTo(APPLICANT, SUPPLIER, TODAY).stream().map(Tie::kind).toList());
        }
    }

    @ParameterizedTest(name = "no supplier yet")
    @CsvSource({"2208812349"})
    void anApplicationWithoutSupplierIsCheckedAgainstTheApplicantOnly(String supplierInterest) {
        EvaluatorRecord r = new EvaluatorRecord(null, List.of(), Set.of(supplierInterest), Set.of());
        assertEquals(List.of(), r.tiesTo(APPLICANT, null, TODAY));
    }
}
