package kr.go.smartfactory.supplier.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.company.domain.CompanyRepository;
import kr.go.smartfactory.company.domain.IndustryCode;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.shared.domain.Violations;
import kr.go.smartfactory.supplier.domain.BuildHistory;
import kr.go.smartfactory.supplier.domain.HistoryKind;
import kr.go.smartfactory.supplier.domain.LogoImage;
import kr.go.smartfactory.supplier.domain.RegistryChangeRequest;
import kr.go.smartfactory.supplier.domain.Speciality;
import kr.go.smartfactory.supplier.domain.SupplierLogo;
import kr.go.smartfactory.supplier.domain.SupplierProfile;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/**
 * A supplier keeps its own profile: what it offers, its solutions and key personnel, and its self-declared
 * build histories. The profile is always the caller's company's own — no method takes a profile id, so a
 * supplier cannot reach another's — and verified histories are never the supplier's to change. A new company
 * name waits for staff approval ({@link RegistryChanges}). The rules are the entities'; this service finds
 * what they need. Every change is searchable when the call returns (once the supplier is listed).
 */
@Stateless
@RolesAllowed(Role.Names.SUPPLIER)
public class SupplierSelfService {

    @Inject
    private Caller caller;

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private CompanyRepository companies;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    /** The caller's own profile as the public sees it (names of people masked), to preview the public page. */
    public SupplierView myProfile() {
        return SupplierView.of(mine());
    }

    public ProfileForm editForm() {
        SupplierProfile p = mine();
        ProfileForm form = new ProfileForm();
        form.setHomepage(p.getHomepage());
        form.setIntroduction(p.getIntroduction());
        form.setFoundedYear(p.getFoundedYear());
        form.setSpecialities(p.getSpecialities().stream().map(Speciality::getCode).collect(Collectors.toList()));
        form.setRegionsServed(new ArrayList<>(p.getRegionsServed()));
        form.setIndustriesServed(p.getIndustriesServed().stream().map(IndustryCode::getCode).collect(Collectors.toList()));
        return form;
    }

    public void updateProfile(ProfileForm form) {
        SupplierProfile profile = mine();
        Set<Speciality> offered = specialities(form.getSpecialities(), "specialities");
        Set<IndustryCode> industries = new LinkedHashSet<>();
        for (String code : form.getIndustriesServed()) {
            industries.add(companies.requireIndustry(code, "industriesServed"));
        }
        profile.describe(form.getHomepage(), form.getIntroduction(), form.getFoundedYear(), KoreanTime.thisYear(clock));
        profile.offer(offered, form.getRegionsServed().isEmpty() ? EnumSet.noneOf(Region.class)
                : EnumSet.copyOf(form.getRegionsServed()), industries);
    }

    public long addSolution(String name, String specialityCode, String description) {
        Speciality speciality = specialities(List.of(specialityCode == null ? "" : specialityCode), "solutionSpeciality")
                .iterator().next();
        SupplierProfile profile = mine();
        profile.addSolution(name, speciality, description);
        suppliers.flush();
        return profile.getSolutions().get(profile.getSolutions().size() - 1).getId();
    }

    public void removeSolution(long solutionId) {
        mine().removeSolution(solutionId);
    }

    public void addKeyPerson(String name, String role, int years, String certifications) {
        mine().addKeyPerson(name, role, years, certifications);
    }

    public void removeKeyPerson(long personId) {
        mine().removeKeyPerson(personId);
    }

    public long addHistory(HistoryForm form) {
        BuildHistory history = mine().addHistory(HistoryKind.SELF_DECLARED, details(form), null, clock.instant());
        suppliers.flush();
        return history.getId();
    }

    public void updateHistory(long historyId, HistoryForm form) {
        ownSelfDeclared(historyId).apply(details(form), clock.instant());
    }

    public void removeHistory(long historyId) {
        BuildHistory history = ownSelfDeclared(historyId);
        history.getSupplier().removeHistory(history);
    }

    /** Replaces the logo with an image checked by its content ({@link LogoImage}); a bad file changes nothing. */
    public void uploadLogo(byte[] bytes) {
        LogoImage image = LogoImage.of(bytes);
        SupplierProfile profile = mine();
        suppliers.logo(profile.getId()).ifPresentOrElse(logo -> logo.replace(image, clock.instant()),
                () -> suppliers.add(new SupplierLogo(profile.getId(), image, clock.instant())));
        profile.logoChanged(clock.instant());
    }

    public void removeLogo() {
        SupplierProfile profile = mine();
        suppliers.logo(profile.getId()).ifPresent(suppliers::remove);
        profile.logoChanged(null);
    }

    /** Asks staff to change the company name; one pending request at a time. */
    public long requestNameChange(String newName, String reason) {
        SupplierProfile profile = mine();
        if (suppliers.hasPendingRegistryChange(profile)) {
            throw new DomainException("registry.pending");
        }
        RegistryChangeRequest request = new RegistryChangeRequest(profile, newName, reason, caller.account().getEmail(), clock.instant());
        suppliers.add(request);
        suppliers.flush();
        return request.getId();
    }

    /**
     * The form's facts, or every problem of the form at once: presence and format (Bean Validation), unknown
     * solutions or industry, and the history's own rules (year, levels, description), each on its field.
     */
    private BuildHistory.Details details(HistoryForm form) {
        DomainException.Collector problems = new DomainException.Collector();
        Set<String> refused = Violations.collect(validator, form, problems);
        Set<Speciality> offered = problems.check("solutions", () -> specialities(form.getSolutions(), "solutions"));
        IndustryCode industry = refused.contains("clientIndustry") ? null
                : problems.check("clientIndustry", () -> companies.requireIndustry(form.getClientIndustry(), "clientIndustry"));
        if (form.getYear() != null && !refused.contains("year")) {
            problems.check("year", () -> BuildHistory.checkYear(form.getYear(), KoreanTime.thisYear(clock)));
        }
        if (form.getLevelBefore() != null && form.getLevelAfter() != null) {
            problems.check("levelAfter", () -> {
                BuildHistory.checkLevels(form.getLevelBefore(), form.getLevelAfter());
                return null;
            });
        }
        problems.check("description", () -> BuildHistory.checkDescription(form.getDescription()));
        problems.throwIfAny();
        Set<String> solutions = offered.stream().map(Speciality::getCode).collect(Collectors.toCollection(LinkedHashSet::new));
        return new BuildHistory.Details(industry, form.getClientRegion(), form.getYear(), solutions,
                form.getLevelBefore(), form.getLevelAfter(), form.getAmountBand(), form.getDescription());
    }

    /** The classification's nodes for these codes, or {@link DomainException} on {@code field} for an unknown one. */
    private Set<Speciality> specialities(List<String> codes, String field) {
        Map<String, Speciality> known = suppliers.specialities();
        Set<Speciality> found = new LinkedHashSet<>();
        for (String code : codes) {
            Speciality speciality = known.get(code);
            if (speciality == null) {
                throw DomainException.onField(field, "profile.speciality.unknown");
            }
            found.add(speciality);
        }
        return found;
    }

    private BuildHistory ownSelfDeclared(long historyId) {
        SupplierProfile profile = mine();
        BuildHistory history = suppliers.history(historyId).orElseThrow(() -> new DomainException("history.notFound"));
        if (!history.getSupplier().getId().equals(profile.getId())) {
            throw new AccessDeniedException("history " + historyId + " belongs to another supplier");
        }
        if (history.isVerified()) {
            throw new DomainException("history.verified.readOnly");
        }
        return history;
    }

    private SupplierProfile mine() {
        UserAccount me = caller.account();
        if (me.getCompany() == null) {
            throw new AccessDeniedException("no company");
        }
        return suppliers.profileOfCompany(me.getCompany().getId())
                .orElseThrow(() -> new AccessDeniedException("the caller's company has no supplier profile"));
    }
}
