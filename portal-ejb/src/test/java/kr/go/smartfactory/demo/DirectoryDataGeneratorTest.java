package kr.go.smartfactory.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;

class DirectoryDataGeneratorTest {

    @Test
    void theSameSeedGivesTheSameRows() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        new DirectoryDataGenerator(2026).histories(50, 500, a::add);
        new DirectoryDataGenerator(2026).histories(50, 500, b::add);
        assertEquals(a, b);
        List<String> c = new ArrayList<>();
        new DirectoryDataGenerator(7).histories(50, 500, c::add);
        assertNotEquals(a, c);
    }

    @Test
    void registrationNumbersAreValidAndUnique() {
        DirectoryDataGenerator generator = new DirectoryDataGenerator(2026);
        HashSet<String> seen = new HashSet<>();
        for (int i = 0; i < 2_500; i++) {
            String number = generator.registrationNumber(i);
            assertTrue(BusinessRegistrationNumber.isValid(number), number);
            assertTrue(seen.add(number), "unique: " + number);
        }
    }

    @Test
    void supplierNamesAreUniqueAtFullSize() {
        List<String> rows = new ArrayList<>();
        new DirectoryDataGenerator(2026).suppliers(2_500, rows::add);
        assertEquals(2_500, rows.size());
        assertEquals(2_500, rows.stream().map(r -> r.split(",")[1]).distinct().count());
    }

    @Test
    void historiesComeInSupplierOrderWithTheirOwnReference() {
        DirectoryDataGenerator generator = new DirectoryDataGenerator(2026);
        List<String> rows = new ArrayList<>();
        generator.histories(100, 2_000, rows::add);
        assertEquals(2_000, rows.stream().map(r -> r.split(",")[1]).distinct().count(), "refs are unique");
        List<String> owners = rows.stream().map(r -> r.split(",")[0]).toList();
        List<String> sorted = owners.stream().sorted().toList();
        assertEquals(sorted, owners, "grouped by supplier");
    }

    @Test
    void theParticleFollowsTheLastSyllable() {
        org.junit.jupiter.api.Assertions.assertEquals("스마트공장 고도화로", DirectoryDataGenerator.withRo("스마트공장 고도화"));
        org.junit.jupiter.api.Assertions.assertEquals("MES 구축으로", DirectoryDataGenerator.withRo("MES 구축"));
        org.junit.jupiter.api.Assertions.assertEquals("POP 단말 설치로", DirectoryDataGenerator.withRo("POP 단말 설치"));
        org.junit.jupiter.api.Assertions.assertEquals("설비 데이터 수집으로", DirectoryDataGenerator.withRo("설비 데이터 수집"));
    }
}
