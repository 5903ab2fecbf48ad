package kr.go.smartfactory.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.go.smartfactory.demo.RealisticDirectory.Capability;
import kr.go.smartfactory.search.query.PlanPhrases;

/** The realistic directory differs between suppliers the way the judged relevance set needs, and keeps its truth. */
class RealisticDirectoryTest {

    private static final RealisticDirectory DIRECTORY = new RealisticDirectory(2026, 400, 12_000);

    @Test
    void theSameSeedWritesTheSameRows() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        new RealisticDirectory(7, 50, 600).histories(a::add);
        new RealisticDirectory(7, 50, 600).histories(b::add);
        assertEquals(a, b);
        assertEquals(600, a.size());
    }

    @Test
    void historiesAreSkewedAndConcentrated() {
        assertTrue(DIRECTORY.topTenthShare() > 0.35, "the top tenth holds most: " + DIRECTORY.topTenthShare());
        long concentrated = DIRECTORY.truth().stream().filter(t -> {
            int all = java.util.Arrays.stream(Capability.values()).mapToInt(t::builds).sum();
            int top = java.util.Arrays.stream(Capability.values()).mapToInt(t::builds).max().orElse(0);
            return all >= 10 && top >= all / 2;
        }).count();
        long sizable = DIRECTORY.truth().stream()
                .filter(t -> java.util.Arrays.stream(Capability.values()).mapToInt(t::builds).sum() >= 10).count();
        assertTrue(concentrated > sizable * 0.8, "houses concentrate on a capability: " + concentrated + " of " + sizable);
    }

    @Test
    void theTruthKnowsWhatMisleads() {
        var truth = DIRECTORY.truth();
        assertTrue(truth.stream().anyMatch(RealisticDirectory.SupplierTruth::selfDeclaredOnly), "suppliers with self-declared builds only");
        assertTrue(truth.stream().filter(RealisticDirectory.SupplierTruth::selfDeclaredOnly)
                .allMatch(t -> t.verified().isEmpty()), "and nothing verified");
        var misleading = truth.stream().filter(t -> !t.nameOnly().isEmpty()).toList();
        assertTrue(misleading.size() > 10, "names that claim: " + misleading.size());
        assertTrue(misleading.stream().allMatch(t -> t.nameOnly().stream().allMatch(c -> t.builds(c) == 0)),
                "a name's claim is never built");
        assertTrue(misleading.stream().allMatch(t -> t.nameOnly().stream().allMatch(c -> t.name().contains(c.word()))));
        var planning = truth.stream().filter(t -> !t.plannedOnly().isEmpty()).toList();
        assertTrue(planning.size() > 20, "plans in introductions: " + planning.size());
        assertTrue(planning.stream().allMatch(t -> t.plannedOnly().stream().allMatch(c -> t.builds(c) == 0)));
        List<String> intros = new ArrayList<>();
        DIRECTORY.suppliers(intros::add);
        long plans = intros.stream().filter(row -> PlanPhrases.sentences(row.substring(row.lastIndexOf(",\"") + 2)).stream()
                .anyMatch(PlanPhrases::isPlan)).count();
        assertEquals(planning.size(), plans, "every plan is written as one, and nothing else is");
    }

    @Test
    void rowsAreInTheImportFormat() {
        List<String> rows = new ArrayList<>();
        DIRECTORY.histories(rows::add);
        assertEquals(12_000, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1).length == 11), "11 columns");
        List<String> suppliers = new ArrayList<>();
        DIRECTORY.suppliers(suppliers::add);
        assertEquals(400, suppliers.size());
        assertEquals(400, suppliers.stream().map(r -> r.substring(0, 10)).distinct().count(), "one number each");
    }
}
