package kr.go.smartfactory.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DomainExceptionTest {

    @Test
    void aFormIsRefusedOnceWithEveryProblemOnItsField() {
        DomainException.Collector problems = new DomainException.Collector();
        problems.add("password", "password.tooShort");
        Integer kept = problems.check("foundedYear", () -> {
            throw new DomainException("profile.foundedYear.range");
        });
        assertNull(kept, "a refused rule gives nothing");
        String fine = problems.check("name", () -> "한빛");
        assertEquals("한빛", fine);
        problems.check("homepage", () -> {
            throw DomainException.onField("url", "profile.homepage.invalid");
        });
        DomainException refused = assertThrows(DomainException.class, problems::throwIfAny);
        assertEquals(List.of(DomainException.Problem.on("password", "password.tooShort"),
                DomainException.Problem.on("foundedYear", "profile.foundedYear.range"),
                DomainException.Problem.on("url", "profile.homepage.invalid")), refused.getProblems(),
                "a rule that names its field keeps it; one that does not gets the form's field");
        assertEquals(List.of("password.tooShort", "profile.foundedYear.range", "profile.homepage.invalid"), refused.getMessageKeys());
        assertEquals(Optional.of("password"), refused.getField());
    }

    @Test
    void nothingCollectedRefusesNothing() {
        new DomainException.Collector().throwIfAny();
    }

    @Test
    void plainRefusalsNameNoField() {
        DomainException refused = new DomainException(List.of("a.b", "c.d"));
        assertEquals(Optional.empty(), refused.getField());
        assertEquals(List.of("a.b", "c.d"), refused.getMessageKeys());
        assertThrows(IllegalArgumentException.class, () -> new DomainException(List.of()));
    }
}
