package kr.go.smartfactory.project.application;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.application.Recipients;
import kr.go.smartfactory.evaluation.domain.SelectionChanged;
import kr.go.smartfactory.grant.application.ApplicationSupport;
import kr.go.smartfactory.grant.domain.ApplicationContent;
import kr.go.smartfactory.grant.domain.ApplicationRepository;
import kr.go.smartfactory.grant.domain.BudgetLine;
import kr.go.smartfactory.grant.domain.GrantApplication;
import kr.go.smartfactory.notification.application.Notifications;
import kr.go.smartfactory.project.domain.Project;
import kr.go.smartfactory.project.domain.ProjectRepository;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.shared.domain.Money;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/**
 * On selection the agreement is drafted from the application as submitted and its round's rules, planned to start two
 * weeks later, and the SME and the supplier are asked to confirm it; a withdrawn selection cancels the draft (a
 * concluded agreement refuses, which rolls the confirmation of results back).
 */
@ApplicationScoped
public class AgreementDrafting {

    public static final int PLANNED_START_DAYS = 14;

    @Inject
    private ProjectRepository projects;

    @Inject
    private ApplicationRepository applications;

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private ApplicationSupport support;

    @Inject
    private Notifications notifications;

    @Inject
    private Recipients recipients;

    @Inject
    private Clock clock;

    void onSelection(@Observes SelectionChanged change) {
        GrantApplication a = applications.application(change.applicationId()).orElseThrow();
        var existing = projects.projectOf(a.getId());
        if (!change.selected()) {
            existing.ifPresent(p -> {
                p.cancel("selection.withdrawn", clock.instant());
                a.recordStep(kr.go.smartfactory.grant.domain.TimelineEvent.AGREEMENT_CANCELLED, p.getAgreementNumber(), clock.instant());
            });
            return;
        }
        if (existing.isPresent()) {
            return;
        }
        ApplicationContent content = support.submittedContent(a);
        List<BudgetLine> lines = content.budget().stream().map(l -> new BudgetLine(l.category(), l.description(), Money.won(l.government()),
                Money.won(l.company()), Money.won(l.partner()))).toList();
        var supplier = content.supplierId() == null ? null : suppliers.profile(content.supplierId()).orElse(null);
        Project p = Project.draft(a, supplier, lines, content.buildMonths(), a.getAnnouncement().getRules(),
                KoreanTime.today(clock).plusDays(PLANNED_START_DAYS), clock.instant());
        projects.add(p);
        a.recordStep(kr.go.smartfactory.grant.domain.TimelineEvent.AGREEMENT_DRAFTED, p.getAgreementNumber(), clock.instant());
        recipients.membersOf(a.getCompany().getId()).forEach(m -> notifications.notify(m, "agreement.drafted", Agreements.MY_LINK + "?id=" + p.getId(),
                a.getAnnouncement().getTitle(), p.getAgreementNumber()));
        recipients.membersOf(supplier.getCompany().getId()).forEach(m -> notifications.notify(m, "agreement.drafted.supplier",
                Agreements.MY_LINK + "?id=" + p.getId(), a.getCompany().getName(), p.getAgreementNumber()));
    }
}
