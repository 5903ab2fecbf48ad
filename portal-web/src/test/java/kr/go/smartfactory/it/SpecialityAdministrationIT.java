package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.supplier.application.ImportReport;
import kr.go.smartfactory.supplier.application.SpecialityAdministration;
import kr.go.smartfactory.supplier.application.SupplierImport;
import kr.go.smartfactory.supplier.application.SupplierQuery;
import kr.go.smartfactory.supplier.application.SupplierSearch;

/**
 * Administrators keep the solution classification: a new node can be offered at once, a rename is searchable at
 * once, a node in use cannot be deleted, and nobody but an administrator changes it.
 */
@ExtendWith(ArquillianExtension.class)
class SpecialityAdministrationIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(AsAdmin.class, AsDemoStaff.class);
    }

    @Inject
    private SpecialityAdministration administration;

    @Inject
    private SupplierImport imports;

    @Inject
    private SupplierSearch search;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private AsDemoStaff asStaff;

    /** Twelve random letters (a UUID alone sometimes holds fewer than seven of a-f, which failed now and then). */
    private static String letters() {
        StringBuilder letters = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (letters.length() < 12) {
            letters.append((char) ('b' + random.nextInt(25)));
        }
        return letters.toString();
    }

    @Test
    void aNewNodeIsOfferedAndARenameIsSearchableAtOnce() {
        String segment = ("T" + letters()).toUpperCase().substring(0, 8);
        String code = asAdmin.call(() -> administration.add("AI", segment, "시험 분류", "Test node"));
        assertEquals("AI." + segment, code);
        assertTrue(asAdmin.call(() -> administration.tree()).stream()
                .anyMatch(n -> n.code().equals(code) && n.parentCode().equals("AI") && n.depth() == 1));

        String brn = TestData.brn();
        assertEquals(new ImportReport(1, 1, 0), asAdmin.call(() -> imports.importSuppliers(
                "registration_number,name,ceo,address,region,industry,specialities\n"
                        + brn + ",분류시험(주),김분류,대전,DAEJEON,62," + code + "\n")));

        String newName = "zq" + letters() + "zq";
        asAdmin.call(() -> {
            administration.rename(code, newName, "Renamed node", 5);
            return null;
        });
        assertEquals(List.of("분류시험(주)"), search.search(SupplierQuery.text(newName)).items().stream().map(h -> h.name()).toList(),
                "the supplier offering the node is found under its new name");

        DomainException inUse = assertThrows(DomainException.class, () -> asAdmin.call(() -> {
            administration.remove(code);
            return null;
        }));
        assertEquals(List.of("speciality.inUse"), inUse.getMessageKeys());
    }

    @Test
    void badInputChangesNothingAndUnusedLeavesCanGo() {
        String segment = ("U" + letters()).toUpperCase().substring(0, 8);
        String code = asAdmin.call(() -> administration.add(null, segment, "임시", "Temporary"));
        assertThrows(DomainException.class, () -> asAdmin.call(() -> administration.add(null, segment, "중복", "Duplicate")));
        assertThrows(DomainException.class, () -> asAdmin.call(() -> administration.add(code, "bad code", "이름", "Name")));
        assertThrows(DomainException.class, () -> asAdmin.call(() -> {
            administration.rename(code, " ", "Name", 1);
            return null;
        }));
        String child = asAdmin.call(() -> administration.add(code, "CHILD", "하위", "Child"));
        DomainException parent = assertThrows(DomainException.class, () -> asAdmin.call(() -> {
            administration.remove(code);
            return null;
        }));
        assertEquals(List.of("speciality.hasChildren"), parent.getMessageKeys());
        asAdmin.call(() -> {
            administration.remove(child);
            administration.remove(code);
            return null;
        });
        assertTrue(asAdmin.call(() -> administration.tree()).stream().noneMatch(n -> n.code().startsWith(code)));
    }

    @Test
    void onlyAdministratorsChangeTheClassification() {
        assertThrows(EJBAccessException.class, () -> administration.tree());
        assertThrows(EJBAccessException.class, () -> asStaff.call(() -> administration.add(null, "NOPE", "안됨", "No")));
    }
}
