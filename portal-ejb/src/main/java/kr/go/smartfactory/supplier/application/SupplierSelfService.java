package kr.go.smartfactory.supplier.application;

import java.time.Clock;
import java.time.Year;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.IndustryCode;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
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
 * name waits for staff approval ({@link RegistryChanges}). Every change is searchable when the call returns.
 */
@Stateless
@RolesAllowed(Role.Names.SUPPLIER)
public class SupplierSelfService {

    @Inject
    private Caller caller;

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    /** The caller's own profile, names unmasked (it is the supplier's own data). */
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
        Violations.check(validator, form);
        SupplierProfile profile = mine();
        Map<String, Speciality> known = suppliers.specialities();
        Set<Speciality> offered = new LinkedHashSet<>();
        for (String code : form.getSpecialities()) {
            Speciality speciality = known.get(code);
            if (speciality == null) {
                throw new DomainException("profile.speciality.unknown");
            }
            offered.add(speciality);
        }
        Set<IndustryCode> industries = new LinkedHashSet<>();
        for (String code : form.getIndustriesServed()) {
            industries.add(accounts.industry(code).orElseThrow(() -> new DomainException("signup.industry.unknown")));
        }
        if (form.getFoundedYear() != null && form.getFoundedYear() > Year.now(clock).getValue()) {
            throw new DomainException("profile.founded.invalid");
        }
        profile.describe(form.getHomepage(), form.getIntroduction(), form.getFoundedYear());
        profile.offer(offered, form.getRegionsServed().isEmpty() ? EnumSet.noneOf(kr.go.smartfactory.account.domain.Region.class)
                : EnumSet.copyOf(form.getRegionsServed()), industries);
    }

    public long addSolution(String name, String specialityCode, String description) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new DomainException("profile.solution.name");
        }
        Speciality speciality = suppliers.specialities().get(specialityCode);
        if (speciality == null) {
            throw new DomainException("profile.speciality.unknown");
        }
        SupplierProfile profile = mine();
        profile.addSolution(name, speciality, description);
        em.flush();
        return profile.getSolutions().get(profile.getSolutions().size() - 1).getId();
    }

    public void removeSolution(long solutionId) {
        mine().removeSolution(solutionId);
    }

    public void addKeyPerson(String name, String role, int years, String certifications) {
        if (name == null || name.isBlank() || role == null || role.isBlank() || years < 0 || years > 60) {
            throw new DomainException("profile.person.invalid");
        }
        mine().addKeyPerson(name, role, years, certifications);
    }

    public void removeKeyPerson(long personId) {
        mine().removeKeyPerson(personId);
    }

    public long addHistory(HistoryForm form) {
        BuildHistory history = mine().addHistory(HistoryKind.SELF_DECLARED, details(form), null, clock.instant());
        em.flush();
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
        SupplierLogo logo = em.find(SupplierLogo.class, profile.getId());
        if (logo == null) {
            em.persist(new SupplierLogo(profile.getId(), image, clock.instant()));
        } else {
            logo.replace(image, clock.instant());
        }
        profile.logoChanged(clock.instant());
    }

    public void removeLogo() {
        SupplierProfile profile = mine();
        SupplierLogo logo = em.find(SupplierLogo.class, profile.getId());
        if (logo != null) {
            em.remove(logo);
        }
        profile.logoChanged(null);
    }

    /** Asks staff to change the company name; one pending request at a time. */
    public long requestNameChange(String newName, String reason) {
        SupplierProfile profile = mine();
        if (newName == null || newName.isBlank() || newName.strip().length() > 200) {
            throw new DomainException("registry.name.invalid");
        }
        if (newName.strip().equals(profile.getCompany().getName())) {
            throw new DomainException("registry.name.same");
        }
        boolean pending = em.createQuery("select count(r) from RegistryChangeRequest r where r.supplier = :s and r.status = :p", Long.class)
                .setParameter("s", profile).setParameter("p", RegistryChangeRequest.Status.PENDING).getSingleResult() > 0;
        if (pending) {
            throw new DomainException("registry.pending");
        }
        RegistryChangeRequest request = new RegistryChangeRequest(profile, newName, reason, caller.account().getEmail(), clock.instant());
        suppliers.add(request);
        em.flush();
        return request.getId();
    }

    private BuildHistory.Details details(HistoryForm form) {
        Violations.check(validator, form);
        int thisYear = Year.now(clock).getValue();
        if (form.getYear() < BuildHistory.FIRST_YEAR || form.getYear() > thisYear) {
            throw new DomainException("history.year.range");
        }
        if (form.getLevelAfter().compareTo(form.getLevelBefore()) < 0) {
            throw new DomainException("history.level.order");
        }
        Map<String, Speciality> known = suppliers.specialities();
        if (!known.keySet().containsAll(form.getSolutions())) {
            throw new DomainException("profile.speciality.unknown");
        }
        IndustryCode industry = accounts.industry(form.getClientIndustry())
                .orElseThrow(() -> new DomainException("signup.industry.unknown"));
        return new BuildHistory.Details(industry, form.getClientRegion(), form.getYear(), new LinkedHashSet<>(form.getSolutions()),
                form.getLevelBefore(), form.getLevelAfter(), form.getAmountBand(), form.getDescription());
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
