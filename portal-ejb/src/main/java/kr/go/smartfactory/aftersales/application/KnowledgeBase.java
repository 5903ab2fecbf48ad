package kr.go.smartfactory.aftersales.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.aftersales.domain.AsCategory;
import kr.go.smartfactory.aftersales.domain.AsMessage;
import kr.go.smartfactory.aftersales.domain.AsRequest;
import kr.go.smartfactory.aftersales.domain.AsRequestRepository;
import kr.go.smartfactory.aftersales.domain.CaseAnonymizer;
import kr.go.smartfactory.aftersales.domain.HandlerKind;
import kr.go.smartfactory.aftersales.domain.KnowledgeCase;
import kr.go.smartfactory.company.domain.CompanyRepository;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/**
 * The after-service knowledge base (비슷한 해결 사례): staff publish a resolved request as a case — its problem and
 * solution without company or personal data — and anyone reads and searches the published cases, SMEs before filing.
 */
@Stateless
public class KnowledgeBase {

    public static final int MAX_RESULTS = 50;

    @Inject
    private AsRequestRepository requests;

    @Inject
    private CaseIndex index;

    @Inject
    private AsAccess access;

    @Inject
    private CompanyRepository companies;

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** Published cases matching the words (all when blank) in a category (any when null), best first. */
    @PermitAll
    public CasePage search(String words, AsCategory category, int max) {
        return index.search(words, category, Math.min(Math.max(max, 0), MAX_RESULTS));
    }

    /** A published case; empty for a withdrawn or unknown one (staff also read withdrawn cases). */
    @PermitAll
    public Optional<CaseView> publishedCase(long id) {
        boolean staff = isStaff();
        return requests.knowledgeCase(id).filter(c -> c.isPublished() || staff).map(c -> CaseView.of(c, staff));
    }

    /** The case made of a request, if any (published or withdrawn). */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public Optional<CaseView> caseOfRequest(long requestId) {
        return requests.caseOf(requestId).map(c -> CaseView.of(c, true));
    }

    /**
     * What staff start from: the case's words when there is one, else the request's title, description and the handler's
     * answers with every name and identifying number replaced ({@link CaseAnonymizer#scrub}); refused for a request not
     * resolved.
     */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public Draft draft(long requestId) {
        AsRequest r = access.find(requestId);
        Optional<KnowledgeCase> existing = requests.caseOf(requestId);
        if (existing.isPresent()) {
            KnowledgeCase c = existing.get();
            return new Draft(c.getTitle(), c.getProblem(), c.getSolution());
        }
        KnowledgeCase.requireResolved(r);
        CaseAnonymizer anonymizer = anonymizer(r);
        String answers = requests.messages(requestId).stream().filter(m -> !m.isFromRequester() && !m.isInternal())
                .map(AsMessage::getBody).collect(Collectors.joining("\n\n"));
        return new Draft(anonymizer.scrub(r.getTitle()), anonymizer.scrub(r.getDescription()), anonymizer.scrub(answers));
    }

    /** The words of a case in the making. */
    public record Draft(String title, String problem, String solution) {
    }

    /**
     * Publishes the request as a case, or revises (and publishes again) the case made of it; refused with every problem
     * at once, and for a request not resolved. Publishing the same words twice changes nothing but the date.
     */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public CaseView publish(long requestId, String title, String problem, String solution) {
        AsRequest r = access.find(requestId);
        CaseAnonymizer anonymizer = anonymizer(r);
        String by = caller.account().getEmail();
        Optional<KnowledgeCase> existing = requests.caseOf(requestId);
        KnowledgeCase c;
        if (existing.isPresent()) {
            c = existing.get();
            c.revise(title, problem, solution, anonymizer, by, clock.instant());
        } else {
            c = KnowledgeCase.publish(r, title, problem, solution, anonymizer, by, clock.instant());
            requests.add(c);
        }
        return CaseView.of(c, true);
    }

    /** Takes the request's case out of the knowledge base. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public CaseView withdraw(long requestId) {
        KnowledgeCase c = requests.caseOf(requestId).orElseThrow(() -> new DomainException("askb.none"));
        c.withdraw(clock.instant());
        return CaseView.of(c, true);
    }

    /** The names a case may not hold: the requester's company and its supplier, the requester, handlers, authors. */
    private CaseAnonymizer anonymizer(AsRequest r) {
        List<String> companyNames = new ArrayList<>();
        List<String> people = new ArrayList<>();
        companies.company(r.getCompanyId()).ifPresent(c -> {
            companyNames.add(c.getName());
            people.add(c.getCeoName());
        });
        if (r.getHandlerKind() == HandlerKind.SUPPLIER && r.getSupplierId() != null) {
            suppliers.profile(r.getSupplierId()).map(p -> p.getCompany()).ifPresent(c -> {
                companyNames.add(c.getName());
                people.add(c.getCeoName());
            });
        }
        accounts.members(r.getCompanyId()).forEach(a -> people.add(a.getContactName()));
        accounts.accountByEmail(r.getRequestedBy()).map(UserAccount::getContactName).ifPresent(people::add);
        if (r.getAssigneeId() != null) {
            accounts.account(r.getAssigneeId()).map(UserAccount::getContactName).ifPresent(people::add);
        }
        requests.messages(r.getId()).stream().map(AsMessage::getAuthor).distinct()
                .forEach(e -> accounts.accountByEmail(e).map(UserAccount::getContactName).ifPresent(people::add));
        return new CaseAnonymizer(companyNames, people);
    }

    private boolean isStaff() {
        return caller.currentAccount().map(a -> caller.hasAnyRole(a, Role.STAFF, Role.ADMIN, Role.AUDITOR)).orElse(false);
    }
}
