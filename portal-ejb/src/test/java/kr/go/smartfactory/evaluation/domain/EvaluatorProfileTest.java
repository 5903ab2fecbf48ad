package kr.go.smartfactory.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.shared.domain.DomainException;

/** What staff record about an evaluator, and the record the conflict check reads from it. */
class EvaluatorProfileTest {

    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    static final String A = "130812345" + BusinessRegistrationNumber.checkDigit("130812345");
    static final String B = "220881234" + BusinessRegistrationNumber.checkDigit("220881234");

    @Test
    void tiesAreRecordedByBusinessNumberWhateverTheirFormatAndReadByTheCheck() {
        EvaluatorProfile p = new EvaluatorProfile(7, T0);
        p.describe(" ○○대학교 ", A.substring(0, 3) + "-" + A.substring(3, 5) + "-" + A.substring(5), T0);
        p.addTie(Tie.Kind.EMPLOYMENT, B, "스마트솔루션(주)", LocalDate.of(2024, 6, 30), null, T0);
        p.addTie(Tie.Kind.JOINT_PROJECT, B, "스마트솔루션(주)", LocalDate.of(2020, 1, 1), "2021 과제", T0);
        assertEquals("○○대학교", p.getAffiliation());
        assertEquals(A, p.getOwnCompany());
        assertNull(p.getTies().get(1).getEndedOn(), "only an employment has a last day");
        EvaluatorRecord record = p.record();
        List<Tie> ties = record.tiesTo(A, B, LocalDate.of(2026, 12, 1));
        assertEquals(List.of(Tie.Kind.SAME_COMPANY, Tie.Kind.EMPLOYMENT, Tie.Kind.JOINT_PROJECT), ties.stream().map(Tie::kind).toList());
        assertTrue(record.tiesTo(A, B, LocalDate.of(2027, 6, 30)).stream().noneMatch(t -> t.kind() == Tie.Kind.EMPLOYMENT));
        p.removeTie(0, T0);
        assertEquals(1, p.getTies().size());
    }

    @Test
    void everyProblemOfATieIsNamedOnItsField() {
        EvaluatorProfile p = new EvaluatorProfile(7, T0);
        DomainException e = assertThrows(DomainException.class, () -> p.addTie(Tie.Kind.DECLARED_INTEREST, "123-45", " ", null,
                "가".repeat(301), T0));
        assertEquals(List.of("tieNumber", "tieCompany", "tieNote"), e.getProblems().stream().map(DomainException.Problem::field).toList());
        assertEquals(List.of("evaluator.tie.kind"), assertThrows(DomainException.class,
                () -> p.addTie(Tie.Kind.SAME_COMPANY, B, "회사", null, null, T0)).getMessageKeys());
        assertEquals(List.of("evaluator.tie.notFound"), assertThrows(DomainException.class, () -> p.removeTie(0, T0)).getMessageKeys());
        assertEquals(List.of("company.brn.invalid"), assertThrows(DomainException.class, () -> p.describe(null, "12345", T0)).getMessageKeys());
        p.describe(null, " ", T0);
        assertNull(p.getOwnCompany());
        assertTrue(p.getTies().isEmpty());
    }

    @Test
    void atMostFiftyTies() {
        EvaluatorProfile p = new EvaluatorProfile(7, T0);
        for (int i = 0; i < EvaluatorProfile.MAX_TIES; i++) {
            p.addTie(Tie.Kind.DECLARED_INTEREST, B, "회사" + i, null, null, T0);
        }
        assertEquals(List.of("evaluator.tie.tooMany"), assertThrows(DomainException.class,
                () -> p.addTie(Tie.Kind.DECLARED_INTEREST, B, "회사", null, null, T0)).getMessageKeys());
    }
}
