package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.supplier.application.HistoryForm;
import kr.go.smartfactory.supplier.application.ProfileForm;
import kr.go.smartfactory.supplier.application.RegistryChanges;
import kr.go.smartfactory.supplier.application.SupplierQuery;
import kr.go.smartfactory.supplier.application.SupplierSearch;
import kr.go.smartfactory.supplier.application.SupplierSelfService;
import kr.go.smartfactory.supplier.application.SupplierView;
import kr.go.smartfactory.supplier.domain.AmountBand;
import kr.go.smartfactory.supplier.domain.HistoryKind;

/**
 * A supplier keeps its own profile and self-declared histories, and the search follows at once; verified
 * histories and other suppliers' data stay out of reach; a new company name waits for staff approval.
 * Runs as the demo supplier (supplier@demo.smartfactory.kr) and the demo staff account.
 */
@ExtendWith(ArquillianExtension.class)
class SupplierSelfServiceIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.withTestSupport().addClasses(AsDemoSupplier.class, AsDemoStaff.class, AsAdmin.class);
    }

    @Inject
    private SupplierSelfService self;

    @Inject
    private RegistryChanges registry;

    @Inject
    private SupplierSearch search;

    @Inject
    private kr.go.smartfactory.supplier.application.SupplierDirectory directory;

    @Inject
    private AsDemoSupplier asSupplier;

    @Inject
    private AsDemoStaff asStaff;

    @Inject
    private AsAdmin asAdmin;

    @Inject
    private kr.go.smartfactory.supplier.application.SupplierImport imports;

    private static HistoryForm history(String description) {
        HistoryForm form = new HistoryForm();
        form.setClientIndustry("22");
        form.setClientRegion(Region.CHUNGBUK);
        form.setYear(2024);
        form.setSolutions(List.of("SW.OPS.MES"));
        form.setLevelBefore(SmartLevel.BASIC);
        form.setLevelAfter(SmartLevel.INTERMEDIATE_1);
        form.setAmountBand(AmountBand.FROM_50M_TO_100M);
        form.setDescription(description);
        return form;
    }

    @Test
    void theSupplierEditsItsProfileAndSearchFindsTheChangeAtOnce() {
        String word = "edit" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "edit";
        ProfileForm form = asSupplier.call(() -> self.editForm());
        form.setIntroduction("클라우드 MES 전문 " + word);
        form.setSpecialities(List.of("SW.OPS.MES", "CLOUD", "SECURITY"));
        form.setRegionsServed(List.of(Region.SEOUL, Region.CHUNGBUK));
        asSupplier.call(() -> {
            self.updateProfile(form);
            return null;
        });
        List<String> found = search.search(SupplierQuery.text(word)).items().stream().map(h -> h.name()).toList();
        assertEquals(1, found.size());
        assertTrue(found.get(0).startsWith("스마트솔루션"), found.toString());
        assertTrue(search.search(SupplierQuery.text(word)).items().get(0).specialities().contains("SECURITY"));

        ProfileForm bad = asSupplier.call(() -> self.editForm());
        bad.setHomepage("javascript:alert(1)");
        DomainException refused = assertThrows(DomainException.class, () -> asSupplier.call(() -> {
            self.updateProfile(bad);
            return null;
        }));
        assertEquals(List.of("profile.homepage.invalid"), refused.getMessageKeys());
    }

    @Test
    void selfDeclaredHistoriesAreTheSuppliersVerifiedOnesAreNot() {
        String word = "hist" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "hist";
        long id = asSupplier.call(() -> self.addHistory(history("충북 플라스틱 사출 공장 MES " + word)));
        SupplierView mine = asSupplier.call(() -> self.myProfile());
        assertTrue(mine.selfDeclaredHistories().stream().anyMatch(h -> h.id() == id && h.kind() == HistoryKind.SELF_DECLARED));
        assertEquals(1, search.search(SupplierQuery.text(word)).total(), "searchable at once");

        asSupplier.call(() -> {
            self.updateHistory(id, history("충북 플라스틱 사출 공장 MES 고도화 " + word));
            return null;
        });
        assertEquals(1, search.search(SupplierQuery.text(word + " 고도화")).total());

        // a verified history of the same supplier, from the registry (staff import)
        String ref = "V-" + word;
        asAdmin.call(() -> imports.importBuildHistories("supplier_registration_number,ref,kind,client_industry,client_region,year,level_before,level_after,amount_band\n"
                + mine.registrationNumber() + "," + ref + ",VERIFIED,30,GYEONGNAM,2023,BASIC,INTERMEDIATE_1,FROM_100M_TO_200M\n"));
        long verified = asSupplier.call(() -> self.myProfile()).verifiedHistories().stream()
                .filter(h -> h.year() == 2023 && h.clientIndustry().equals("30")).findFirst().orElseThrow().id();
        DomainException readOnly = assertThrows(DomainException.class, () -> asSupplier.call(() -> {
            self.removeHistory(verified);
            return null;
        }));
        assertEquals(List.of("history.verified.readOnly"), readOnly.getMessageKeys());

        DomainException backwards = assertThrows(DomainException.class, () -> asSupplier.call(() -> {
            HistoryForm form = history("x");
            form.setLevelAfter(SmartLevel.NONE);
            return self.addHistory(form);
        }));
        assertEquals(List.of("history.level.order"), backwards.getMessageKeys());

        asSupplier.call(() -> {
            self.removeHistory(id);
            return null;
        });
        assertEquals(0, search.search(SupplierQuery.text(word)).total(), "gone from search too");
    }

    @Test
    void anotherSuppliersHistoryIsOutOfReach() {
        String other = TestData.brn();
        asAdmin.call(() -> imports.importSuppliers("registration_number,name,ceo,address,region,industry\n" + other + ",남의공급(주),김남,부산,부산,62\n"));
        asAdmin.call(() -> imports.importBuildHistories("supplier_registration_number,ref,kind,client_industry,client_region,year,level_before,level_after,amount_band\n"
                + other + ",S-1,SELF_DECLARED,29,BUSAN,2022,BASIC,BASIC,UNDER_50M\n"));
        long otherId = search.search(SupplierQuery.text("남의공급")).items().stream()
                .filter(h -> h.registrationNumber().equals(other)).findFirst().orElseThrow().id();
        long foreignHistory = directory.profile(otherId).orElseThrow().selfDeclaredHistories().get(0).id();
        assertThrows(AccessDeniedException.class, () -> asSupplier.call(() -> {
            self.updateHistory(foreignHistory, history("남의 이력"));
            return null;
        }));
        assertThrows(AccessDeniedException.class, () -> asSupplier.call(() -> {
            self.removeHistory(foreignHistory);
            return null;
        }));
    }

    @Test
    void aNewCompanyNameWaitsForStaffApproval() {
        // a request left pending by an interrupted earlier run (persistent test databases) is rejected first
        String own = asSupplier.call(() -> self.myProfile()).registrationNumber();
        asStaff.call(() -> {
            registry.pending().stream().filter(r -> r.registrationNumber().equals(own)).forEach(r -> registry.reject(r.id(), "테스트 정리"));
            return null;
        });
        String newName = "스마트솔루션" + UUID.randomUUID().toString().substring(0, 4) + "(주)";
        long request = asSupplier.call(() -> self.requestNameChange(newName, "상호 변경 등기"));
        DomainException twice = assertThrows(DomainException.class, () -> asSupplier.call(() -> self.requestNameChange(newName + "2", null)));
        assertEquals(List.of("registry.pending"), twice.getMessageKeys());
        assertEquals(0, search.search(SupplierQuery.text(newName)).items().stream().filter(h -> h.name().equals(newName)).count(),
                "not before approval");

        assertTrue(asStaff.call(() -> registry.pending()).stream().anyMatch(r -> r.id() == request && r.requestedName().equals(newName)));
        asStaff.call(() -> {
            registry.approve(request);
            return null;
        });
        assertEquals(newName, asSupplier.call(() -> self.myProfile()).name());
        assertEquals(1, search.search(SupplierQuery.text(newName)).items().stream().filter(h -> h.name().equals(newName)).count(),
                "searchable under the new name at once");
    }

    @Test
    void onlySuppliersUseTheirProfileAndOnlyStaffDecide() {
        assertThrows(EJBAccessException.class, () -> self.myProfile());
        assertThrows(EJBAccessException.class, () -> registry.pending());
        assertThrows(EJBAccessException.class, () -> asSupplier.call(() -> registry.pending()));
    }

    @Test
    void theLogoIsCheckedByContentAndABadFileChangesNothing() throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 32, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        asSupplier.call(() -> {
            self.uploadLogo(png.toByteArray());
            return null;
        });
        SupplierView mine = asSupplier.call(() -> self.myProfile());
        assertTrue(mine.hasLogo());
        assertEquals("image/png", directory.logo(mine.id()).orElseThrow().contentType());

        byte[] script = "<svg onload=alert(1)></svg>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DomainException refused = assertThrows(DomainException.class, () -> asSupplier.call(() -> {
            self.uploadLogo(script);
            return null;
        }));
        assertEquals(List.of("logo.type"), refused.getMessageKeys());
        assertTrue(java.util.Arrays.equals(png.toByteArray(), directory.logo(mine.id()).orElseThrow().bytes()), "the old logo stays");

        asSupplier.call(() -> {
            self.removeLogo();
            return null;
        });
        assertTrue(directory.logo(mine.id()).isEmpty());
        assertTrue(!asSupplier.call(() -> self.myProfile()).hasLogo());
        assertThrows(EJBAccessException.class, () -> self.uploadLogo(png.toByteArray()), "anonymous");
    }
}
