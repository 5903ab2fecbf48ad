package kr.go.smartfactory.aftersales.application;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Caller;
import kr.go.smartfactory.account.application.Recipients;
import kr.go.smartfactory.account.domain.AccountRepository;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.account.domain.UserAccount;
import kr.go.smartfactory.aftersales.domain.AsCategory;
import kr.go.smartfactory.aftersales.domain.AsFile;
import kr.go.smartfactory.aftersales.domain.AsMessage;
import kr.go.smartfactory.aftersales.domain.AsRequest;
import kr.go.smartfactory.aftersales.domain.AsRequestRepository;
import kr.go.smartfactory.aftersales.domain.AsSeverity;
import kr.go.smartfactory.aftersales.domain.AsStatus;
import kr.go.smartfactory.aftersales.domain.AsSupportGroup;
import kr.go.smartfactory.aftersales.domain.HandlerKind;
import kr.go.smartfactory.aftersales.domain.Routing;
import kr.go.smartfactory.aftersales.domain.SlaCompliance;
import kr.go.smartfactory.attachment.application.AttachmentView;
import kr.go.smartfactory.attachment.application.Attachments;
import kr.go.smartfactory.attachment.domain.AttachmentKind;
import kr.go.smartfactory.calendar.application.BusinessCalendars;
import kr.go.smartfactory.calendar.domain.BusinessCalendar;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.grant.domain.ApplicationRepository;
import kr.go.smartfactory.grant.domain.CoordinatorAssignment;
import kr.go.smartfactory.notification.application.Notifications;
import kr.go.smartfactory.notification.domain.Recipient;
import kr.go.smartfactory.project.application.ProjectAccess;
import kr.go.smartfactory.project.application.ProjectView;
import kr.go.smartfactory.project.domain.Project;
import kr.go.smartfactory.project.domain.ProjectStatus;
import kr.go.smartfactory.shared.domain.AccessDeniedException;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/**
 * After-service (PRODUCT.md C7): an SME files a request on one of its completed projects or on its company; it is
 * routed ({@link Routing}) to the project's supplier (하자보수) or the region's AS support group; the handler answers,
 * asks the requester (the SLA clock stops until the reply), moves it through 진단 and 코칭/수리 to 완료 or refuses it
 * with a reason; the SME rates it. Staff re-route with a reason; a group's leader (or staff) assigns its expert; the
 * housekeeping job escalates what is overdue ({@link #escalateOverdue}).
 */
@Stateless
public class AfterService {

    /** Where a notification leads the requester and the handlers. */
    public static final String MY_LINK = "/my/as-request.xhtml?id=";
    public static final String DESK_LINK = "/desk/as-request.xhtml?id=";

    @Inject
    private AsRequestRepository requests;

    @Inject
    private AsAccess access;

    @Inject
    private ProjectAccess projects;

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private AccountRepository accounts;

    @Inject
    private BusinessCalendars calendars;

    @Inject
    private Notifications notifications;

    @Inject
    private Recipients recipients;

    @Inject
    private kr.go.smartfactory.company.domain.CompanyRepository companies;

    @Inject
    private ApplicationRepository coordination;

    @Inject
    private Attachments attachments;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /**
     * Files a request of the caller's company, on one of its completed projects ({@code projectId}) or on the company
     * (null). The number is issued and the requester's company and the handlers are told.
     */
    @RolesAllowed(Role.Names.SME)
    public AsRequestView file(Long projectId, AsCategory category, AsSeverity severity, String title, String description) {
        return file(projectId, category, severity, title, description, null, null);
    }

    /**
     * The same with a file (a photo of the fault, a log, a screenshot) kept in the attachment store for the request:
     * {@code fileName} and {@code content} both null for none. A refused file refuses the request (field "file").
     */
    @RolesAllowed(Role.Names.SME)
    public AsRequestView file(Long projectId, AsCategory category, AsSeverity severity, String title, String description,
            String fileName, InputStream content) {
        AsRequest.form(category, severity, title, description);
        Company company = caller.company();
        LocalDate today = KoreanTime.today(clock);
        Routing.ProjectTerms terms = null;
        if (projectId != null) {
            Project p = projects.asSide(projectId, ProjectView.Side.SME);
            if (p.getStatus() != ProjectStatus.COMPLETED) {
                throw DomainException.onField("project", "as.project.notCompleted");
            }
            terms = new Routing.ProjectTerms(p.getSupplier().getId(), p.getAsEndsOn());
        }
        Routing.Route route = Routing.route(category, terms, today, company.getRegion(),
                requests.activeGroups().stream().map(AsSupportGroup::coverage).toList());
        Instant now = clock.instant();
        // a refused form rolls the transaction back with the counter: its number is drawn again by the next request
        AsRequest r = new AsRequest(requests.counter(today.getYear()).next(), company.getId(), projectId, category, severity, title,
                description, caller.account().getEmail(), route, requests.target(severity), now);
        requests.add(r);
        attach(r, null, false, fileName, content, now);
        recipients.membersOf(company.getId()).forEach(m -> notifications.inbox(m, "as.filed", MY_LINK + r.getId(), r.getNumber(), r.getTitle()));
        handlers(r).forEach(h -> notifications.notify(h, "as.routed", DESK_LINK + r.getId(), r.getNumber(), r.getTitle()));
        return view(r, AsAccess.Side.REQUESTER);
    }

    /**
     * Keeps an uploaded file for the request (or one of its messages). The requesting company owns it unless it came
     * with an internal note; the handlers read it through {@code AsFileAccess}.
     */
    private void attach(AsRequest r, Long messageId, boolean internal, String fileName, InputStream content, Instant now) {
        if (content == null) {
            return;
        }
        AttachmentView stored = attachments.store(AttachmentKind.AFTER_SERVICE, internal ? null : r.getCompanyId(),
                fileName == null || fileName.isBlank() ? "file" : fileName, content);
        requests.add(new AsFile(r.getId(), messageId, stored.id(), stored.name(), internal, now));
    }

    /** The caller's company's requests, newest first (without their threads: {@link #request} has one). */
    @RolesAllowed(Role.Names.SME)
    public List<AsRequestView> mine() {
        long company = caller.company().getId();
        Names names = new Names();
        return requests.ofCompany(company).stream().map(r -> listed(r, AsAccess.Side.REQUESTER, names)).toList();
    }

    /**
     * The requests the caller handles or follows: a supplier's members those routed to it, an AS expert those of its
     * groups, a coordinator those of the companies it follows (newest first; without their threads, as lists show
     * them). Staff page through all of them with {@link #staffPage}.
     */
    @RolesAllowed({Role.Names.SUPPLIER, Role.Names.AS_EXPERT, Role.Names.COORDINATOR})
    public List<AsRequestView> desk() {
        UserAccount me = caller.account();
        Names names = new Names();
        List<AsRequestView> mine = new ArrayList<>();
        if (me.getRoles().contains(Role.SUPPLIER) && me.getCompany() != null) {
            suppliers.profileOfCompany(me.getCompany().getId()).ifPresent(p -> requests.ofSupplier(p.getId())
                    .forEach(r -> mine.add(listed(r, AsAccess.Side.SUPPLIER, names))));
        }
        if (me.getRoles().contains(Role.AS_EXPERT)) {
            requests.groupsOf(me.getId()).forEach(g -> requests.ofGroup(g.getId())
                    .forEach(r -> mine.add(listed(r, AsAccess.Side.EXPERT, names))));
        }
        if (me.getRoles().contains(Role.COORDINATOR)) {
            List<Long> followed = coordination.assignmentsOf(me.getId()).stream().map(CoordinatorAssignment::getCompanyId).toList();
            requests.ofCompanies(followed).forEach(r -> mine.add(listed(r, AsAccess.Side.COORDINATOR, names)));
        }
        return mine;
    }

    /** Staff's list: a page of every request under a filter (null: any status, any group), newest first. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<AsRequestView> staffPage(AsStatus status, Long groupId, int first, int max) {
        Names names = new Names();
        return requests.page(status, groupId, first, Math.min(max, 500)).stream().map(r -> listed(r, AsAccess.Side.STAFF, names))
                .toList();
    }

    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public long staffCount(AsStatus status, Long groupId) {
        return requests.count(status, groupId);
    }

    /** Every request under the filter, page by page (an export of staff's list). */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public void forEach(AsStatus status, Long groupId, java.util.function.Consumer<? super AsRequestView> each) {
        int page = 500;
        for (int first = 0;; first += page) {
            List<AsRequestView> rows = staffPage(status, groupId, first, page);
            rows.forEach(each);
            if (rows.size() < page) {
                return;
            }
        }
    }

    /** The SLA compliance report: its rows and their total. */
    public record SlaReport(List<SlaCompliance.Row> rows, SlaCompliance.Row total) {
    }

    /**
     * SLA compliance of the requests filed from the first day of {@code from} to the last of {@code to} (KST), per
     * handler or per month, with the states as they stand now; a period the rules refuse changes nothing.
     */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public SlaReport slaCompliance(java.time.YearMonth from, java.time.YearMonth to, SlaCompliance.By by) {
        SlaCompliance.checkPeriod(from, to);
        Instant start = from.atDay(1).atStartOfDay(KoreanTime.ZONE).toInstant();
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(KoreanTime.ZONE).toInstant();
        Names names = new Names();
        List<SlaCompliance.Entry> entries = new ArrayList<>();
        int chunk = 500;
        long after = 0;
        while (true) {
            List<AsRequest> filed = requests.filedBetween(start, end, after, chunk);
            for (AsRequest r : filed) {
                AsRequestView v = listed(r, AsAccess.Side.STAFF, names);
                entries.add(new SlaCompliance.Entry(v.handlerKind(), v.handlerKind() == HandlerKind.SUPPLIER ? v.supplierId() : v.groupId(),
                        v.handlerName(), java.time.YearMonth.from(v.createdAt().atZone(KoreanTime.ZONE)), v.firstResponse(), v.resolution(),
                        v.rating()));
                after = r.getId();
            }
            if (filed.size() < chunk) {
                return new SlaReport(SlaCompliance.rows(entries, by == null ? SlaCompliance.By.HANDLER : by), SlaCompliance.total(entries));
            }
        }
    }

    /** The support groups that take requests (a filter of staff's list, a target of re-routing). */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR, Role.Names.AS_EXPERT})
    public List<Choice> groups() {
        return requests.activeGroups().stream().map(g -> new Choice(g.getId(), g.getName())).toList();
    }

    /**
     * The experts the caller may assign the request to: the members of its group, for the group's leaders and staff
     * (empty for anyone else, and for a supplier's request).
     */
    @RolesAllowed({Role.Names.AS_EXPERT, Role.Names.STAFF, Role.Names.ADMIN})
    public List<Choice> assignees(long id) {
        AsRequest r = access.find(id);
        AsAccess.Side side = access.side(r);
        AsSupportGroup group = r.getGroupId() == null || !r.getStatus().isOpen() ? null : requests.group(r.getGroupId()).orElse(null);
        if (group == null || side != AsAccess.Side.STAFF && !group.isLeader(caller.account().getId())) {
            return List.of();
        }
        return group.getMembers().stream().flatMap(m -> accounts.account(m.getAccountId()).stream())
                .map(a -> new Choice(a.getId(), a.getContactName())).toList();
    }

    /** An id and the name a person chooses it by. */
    public record Choice(long id, String name) {
    }

    /** One request with its thread, as the caller's side sees it. */
    @RolesAllowed({Role.Names.SME, Role.Names.SUPPLIER, Role.Names.AS_EXPERT, Role.Names.STAFF, Role.Names.ADMIN, Role.Names.AUDITOR})
    public AsRequestView request(long id) {
        AsRequest r = access.find(id);
        return view(r, access.side(r));
    }

    /**
     * A message of the thread: the requester's reply (which ends a wait on it) or the handler's answer or internal
     * note. The other side is told of a visible message.
     */
    @RolesAllowed({Role.Names.SME, Role.Names.SUPPLIER, Role.Names.AS_EXPERT})
    public AsRequestView post(long id, String body, boolean internal) {
        return post(id, body, internal, null, null);
    }

    /** The same with a file ({@code fileName} and {@code content} null for none). */
    @RolesAllowed({Role.Names.SME, Role.Names.SUPPLIER, Role.Names.AS_EXPERT})
    public AsRequestView post(long id, String body, boolean internal, String fileName, InputStream content) {
        AsRequest r = access.find(id);
        AsAccess.Side side = access.side(r);
        if (side != AsAccess.Side.REQUESTER && !side.handles()) {
            throw new AccessDeniedException("only the requester and the handlers write in a request's thread");
        }
        boolean fromRequester = side == AsAccess.Side.REQUESTER;
        Instant now = clock.instant();
        AsMessage m = r.post(caller.account().getEmail(), fromRequester, internal, body, now);
        requests.add(m);
        attach(r, m.getId(), internal, fileName, content, now);
        if (!internal) {
            tellOtherSide(r, fromRequester, "as.message");
        }
        return view(r, side);
    }

    /** The handler asks the requester and waits (the SLA clock stops until the reply). */
    @RolesAllowed({Role.Names.SUPPLIER, Role.Names.AS_EXPERT})
    public AsRequestView askRequester(long id, String question) {
        AsRequest r = access.handled(id);
        requests.add(r.askRequester(caller.account().getEmail(), question, clock.instant()));
        tellOtherSide(r, false, "as.waiting");
        return view(r, access.side(r));
    }

    /** The handler moves the request on (진단, 코칭/수리, 완료); on 완료 the requester is asked to rate it. */
    @RolesAllowed({Role.Names.SUPPLIER, Role.Names.AS_EXPERT})
    public AsRequestView moveTo(long id, AsStatus next) {
        AsRequest r = access.handled(id);
        r.moveTo(next, clock.instant());
        if (next == AsStatus.COMPLETED) {
            tellOtherSide(r, false, "as.completed");
        }
        return view(r, access.side(r));
    }

    /** 반려 with a reason; the requester is told. */
    @RolesAllowed({Role.Names.SUPPLIER, Role.Names.AS_EXPERT})
    public AsRequestView reject(long id, String reason) {
        AsRequest r = access.handled(id);
        r.reject(reason, clock.instant());
        tellOtherSide(r, false, "as.rejected");
        return view(r, access.side(r));
    }

    /**
     * The requester rates a completed request (1–5, a comment); the handler is told. A supplier's 하자보수 rates the
     * supplier (its directory rating); a support group's ratings are its statistics.
     */
    @RolesAllowed(Role.Names.SME)
    public AsRequestView rate(long id, Integer score, String comment) {
        AsRequest r = access.find(id);
        if (access.side(r) != AsAccess.Side.REQUESTER) {
            throw new AccessDeniedException("only the requester rates");
        }
        r.rate(score, comment, clock.instant());
        if (r.getHandlerKind() == HandlerKind.SUPPLIER) {
            // the supplier's rating in the directory comes from its closed AS requests and projects
            suppliers.profile(r.getSupplierId()).ifPresent(p -> p.rate(score));
        }
        tellOtherSide(r, true, "as.rated");
        return view(r, AsAccess.Side.REQUESTER);
    }

    /** A support group's leader (or staff) assigns the request to an expert of its group; the expert is told. */
    @RolesAllowed({Role.Names.AS_EXPERT, Role.Names.STAFF, Role.Names.ADMIN})
    public AsRequestView assign(long id, long expertAccountId) {
        AsRequest r = access.find(id);
        AsAccess.Side side = access.side(r);
        AsSupportGroup group = r.getGroupId() == null ? null : requests.group(r.getGroupId()).orElse(null);
        if (side != AsAccess.Side.STAFF && (group == null || !group.isLeader(caller.account().getId()))) {
            throw new AccessDeniedException("only the group's leader or staff assign");
        }
        if (group == null || !group.isMember(expertAccountId)) {
            throw DomainException.onField("assignee", "as.assign.notMember");
        }
        r.assign(expertAccountId);
        accounts.account(expertAccountId).map(Recipients::of)
                .ifPresent(e -> notifications.notify(e, "as.assigned", DESK_LINK + r.getId(), r.getNumber(), r.getTitle()));
        return view(r, side);
    }

    /** Staff send an open request to another support group, with a reason; the new handlers are told. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public AsRequestView rerouteToGroup(long id, long groupId, String reason) {
        AsRequest r = access.find(id);
        AsSupportGroup group = requests.group(groupId).filter(AsSupportGroup::isActive)
                .orElseThrow(() -> DomainException.onField("group", "as.group.notFound"));
        r.reroute(Routing.Route.group(group.getId()), reason, clock.instant());
        handlers(r).forEach(h -> notifications.notify(h, "as.routed", DESK_LINK + r.getId(), r.getNumber(), r.getTitle()));
        return view(r, AsAccess.Side.STAFF);
    }

    /** Staff send an open request on a project to the project's supplier (하자보수), with a reason. */
    @RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
    public AsRequestView rerouteToSupplier(long id, String reason) {
        AsRequest r = access.find(id);
        if (r.getProjectId() == null) {
            throw new DomainException("as.reroute.noProject");
        }
        Project p = projects.find(r.getProjectId());
        r.reroute(Routing.Route.supplier(p.getSupplier().getId()), reason, clock.instant());
        handlers(r).forEach(h -> notifications.notify(h, "as.routed", DESK_LINK + r.getId(), r.getNumber(), r.getTitle()));
        return view(r, AsAccess.Side.STAFF);
    }

    /**
     * Escalates every open request past an SLA target by one level — first to the group's leaders (or the supplier's
     * members), then to regional staff — at most once per business day each, judged at {@code now} (the housekeeping
     * run's reference time, so a restarted run judges as the first attempt). Returns how many were escalated. Open to
     * the batch runtime, which calls without a signed-in person; no endpoint exposes it.
     */
    @PermitAll
    public int escalateOverdue(Instant now) {
        BusinessCalendar calendar = calendars.current();
        int escalated = 0;
        for (AsRequest r : requests.open()) {
            if (r.getEscalatedAt() != null && calendar.businessTimeBetween(r.getEscalatedAt(), now).toHours() < 9) {
                continue;
            }
            if (r.escalate(calendar, now)) {
                escalated++;
                List<Recipient> told = r.getEscalationLevel() == 1 ? leaders(r) : recipients.withRole(Role.STAFF);
                told.forEach(t -> notifications.notify(t, "as.escalated", DESK_LINK + r.getId(), r.getNumber(), r.getTitle(),
                        r.getEscalationLevel()));
            }
        }
        return escalated;
    }

    private AsRequestView view(AsRequest r, AsAccess.Side side) {
        Names names = new Names();
        boolean internals = side.readsInternalNotes();
        List<AsFile> files = r.getId() == null ? List.of()
                : requests.files(r.getId()).stream().filter(f -> internals || !f.isInternal()).toList();
        List<AsRequestView.File> ofRequest = files.stream().filter(f -> f.getMessageId() == null).map(AfterService::file).toList();
        List<AsRequestView.Message> thread = (r.getId() == null ? List.<AsMessage>of() : requests.messages(r.getId())).stream()
                .filter(m -> internals || !m.isInternal())
                .map(m -> new AsRequestView.Message(names.person(m.getAuthor()), m.isFromRequester(), m.isInternal(), m.getBody(),
                        m.getCreatedAt(), files.stream().filter(f -> m.getId().equals(f.getMessageId())).map(AfterService::file).toList()))
                .toList();
        String project = r.getProjectId() == null ? null : projects.find(r.getProjectId()).getAgreementNumber();
        return view(r, side, names.of(r, project), ofRequest, thread);
    }

    private static AsRequestView.File file(AsFile f) {
        return new AsRequestView.File(f.getAttachmentId(), f.getName());
    }

    /** A request in a list: its state and SLA, not its thread (one query per list, not one per row). */
    private AsRequestView listed(AsRequest r, AsAccess.Side side, Names names) {
        return view(r, side, names.of(r, null), List.of(), List.of());
    }

    private AsRequestView view(AsRequest r, AsAccess.Side side, AsRequestView.Names names, List<AsRequestView.File> files,
            List<AsRequestView.Message> thread) {
        BusinessCalendar calendar = calendars.current();
        Instant now = clock.instant();
        return AsRequestView.of(r, side, names, r.firstResponseState(calendar, now), r.resolutionState(calendar, now),
                r.getStatus().isOpen() ? r.clock().dueAt(calendar, r.resolutionTarget()) : null, files, thread);
    }

    /** Names looked up once per call (a list shows the same company, group and supplier on many rows). */
    private final class Names {

        private final Map<Long, String> companies = new HashMap<>();
        private final Map<Long, String> groups = new HashMap<>();
        private final Map<Long, String> suppliersById = new HashMap<>();
        private final Map<Long, String> people = new HashMap<>();
        private final Map<String, String> byEmail = new HashMap<>();

        AsRequestView.Names of(AsRequest r, String project) {
            String company = companies.computeIfAbsent(r.getCompanyId(),
                    c -> AfterService.this.companies.company(c).map(Company::getName).orElse(""));
            String handler = r.getHandlerKind() == HandlerKind.SUPPLIER
                    ? suppliersById.computeIfAbsent(r.getSupplierId(), s -> suppliers.profile(s).map(p -> p.getName()).orElse(""))
                    : groups.computeIfAbsent(r.getGroupId(), g -> requests.group(g).map(AsSupportGroup::getName).orElse(""));
            String assignee = r.getAssigneeId() == null ? null
                    : people.computeIfAbsent(r.getAssigneeId(), a -> accounts.account(a).map(UserAccount::getContactName).orElse(""));
            return new AsRequestView.Names(company, project, handler, assignee);
        }

        String person(String email) {
            return byEmail.computeIfAbsent(email, e -> accounts.accountByEmail(e).map(UserAccount::getContactName).orElse(e));
        }
    }

    /** Whoever handles the request now: the supplier's members, or the group's assigned expert, else its leaders. */
    private List<Recipient> handlers(AsRequest r) {
        if (r.getHandlerKind() == HandlerKind.SUPPLIER) {
            return suppliers.profile(r.getSupplierId()).map(p -> recipients.membersOf(p.getCompany().getId())).orElse(List.of());
        }
        if (r.getAssigneeId() != null) {
            return accounts.account(r.getAssigneeId()).map(Recipients::of).map(List::of).orElse(List.of());
        }
        return leaders(r);
    }

    /** The first escalation's recipients: the group's leaders, or the supplier's members. */
    private List<Recipient> leaders(AsRequest r) {
        if (r.getHandlerKind() == HandlerKind.SUPPLIER) {
            return handlers(r);
        }
        return requests.group(r.getGroupId()).map(g -> g.getMembers().stream().filter(m -> m.isLeader())
                .flatMap(m -> accounts.account(m.getAccountId()).stream()).map(Recipients::of).toList()).orElse(List.of());
    }

    private void tellOtherSide(AsRequest r, boolean fromRequester, String template) {
        if (fromRequester) {
            handlers(r).forEach(h -> notifications.notify(h, template, DESK_LINK + r.getId(), r.getNumber(), r.getTitle()));
        } else {
            recipients.membersOf(r.getCompanyId()).forEach(m -> notifications.notify(m, template, MY_LINK + r.getId(), r.getNumber(), r.getTitle()));
        }
    }
}
