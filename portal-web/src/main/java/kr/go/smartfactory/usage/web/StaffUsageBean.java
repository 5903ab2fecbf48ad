package kr.go.smartfactory.usage.web;

import java.io.Serializable;
import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

import kr.go.smartfactory.document.export.TableExport;
import kr.go.smartfactory.usage.application.UsageKeys;
import kr.go.smartfactory.usage.application.UsageReports;
import kr.go.smartfactory.usage.domain.UsageLogs;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Downloads;
import kr.go.smartfactory.web.support.Exportable;
import kr.go.smartfactory.web.support.Formats;
import kr.go.smartfactory.web.support.LazyRows;
import kr.go.smartfactory.web.support.Messages;

/**
 * staff/usage.xhtml: the sites idle for the policy's number of days (XLSX/CSV), every site's key with its last log
 * (XLSX/CSV; staff revoke), one site's chart, and the policy, which administrators change.
 */
@Named
@ViewScoped
public class StaffUsageBean implements Serializable, Exportable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UsageReports reports;

    @Inject
    private UsageKeys usageKeys;

    @Inject
    private Formats formats;

    @Inject
    private Clock clock;

    private LazyDataModel<UsageLogs.IdleSite> idle;
    private LazyDataModel<UsageKeys.KeyView> keys;
    private UsageReports.IdleReport idleReport;
    private UsageReports.PolicyView policy;
    private Integer idleDays;
    private Integer retentionDays;
    private final KeysExport keysExport = new KeysExport();
    private String agreementNumber;
    private String registrationNumber;
    private String label;
    private UsageKeys.IssuedKey issued;

    @PostConstruct
    void init() {
        idle = new LazyRows<>(reports::countIdle, (first, max) -> reports.idle(first, max).sites(), UsageLogs.IdleSite::keyId);
        keys = new LazyRows<>(usageKeys::count, usageKeys::page, UsageKeys.KeyView::id);
        idleReport = reports.idle(0, 1);
        policy = reports.policy();
        idleDays = policy.idleDays();
        retentionDays = policy.retentionDays();
    }

    /** Administrators: new idle and retention days; every problem next to its field, nothing changed when refused. */
    public void savePolicy() {
        Integer i = idleDays;
        Integer r = retentionDays;
        Actions.call(() -> reports.changePolicy(i, r), "usage.policy.saved").ifPresent(p -> {
            policy = p;
            idleReport = reports.idle(0, 1);
        });
    }

    /**
     * Staff: a key for a project's system (agreement number) or a company's own (business registration number); its
     * secret is shown on this page until the user leaves it.
     */
    public void issue() {
        String a = agreementNumber;
        String n = registrationNumber;
        String l = label;
        Actions.call(() -> usageKeys.issueForSite(a, n, l), "usage.key.issuedDone").ifPresent(k -> {
            issued = k;
            agreementNumber = null;
            registrationNumber = null;
            label = null;
        });
    }

    public String getAgreementNumber() {
        return agreementNumber;
    }

    public void setAgreementNumber(String agreementNumber) {
        this.agreementNumber = agreementNumber;
    }

    public UsageKeys.IssuedKey getIssued() {
        return issued;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public void revoke(long keyId) {
        Actions.call(() -> usageKeys.revoke(keyId), "usage.key.revokedDone");
    }

    /** What an idle site's last use reads: its day, or "never". */
    public String lastUsed(UsageLogs.IdleSite site) {
        return site.lastUsedOn() == null ? Messages.text("usage.never") : formats.day(site.lastUsedOn());
    }

    private TableExport<UsageLogs.IdleSite> idleExport() {
        return TableExport.<UsageLogs.IdleSite>titled(Messages.text("usage.idle.title"))
                .column(Messages.text("usage.site"), UsageLogs.IdleSite::companyName)
                .column(Messages.text("project.number"), s -> s.agreementNumber() == null ? "" : s.agreementNumber())
                .column(Messages.text("usage.key.label"), UsageLogs.IdleSite::label)
                .column(Messages.text("usage.key.hint"), UsageLogs.IdleSite::keyHint)
                .column(Messages.text("usage.key.issuedAt"), s -> formats.dateTime(s.issuedAt()))
                .column(Messages.text("usage.lastUsedOn"), this::lastUsed)
                .build();
    }

    @Override
    public StreamedContent getXlsx() {
        return Downloads.xlsx(idleExport(), each -> reports.forEachIdle(each), clock);
    }

    @Override
    public StreamedContent getCsv() {
        return Downloads.csv(idleExport(), each -> reports.forEachIdle(each), clock);
    }

    /** The key list's downloads (every key, newest first). */
    public class KeysExport implements Exportable, Serializable {

        private static final long serialVersionUID = 1L;

        private TableExport<UsageKeys.KeyView> export() {
            return TableExport.<UsageKeys.KeyView>titled(Messages.text("usage.keys.title"))
                    .column(Messages.text("usage.site"), UsageKeys.KeyView::companyName)
                    .column(Messages.text("project.number"), k -> k.agreementNumber() == null ? "" : k.agreementNumber())
                    .column(Messages.text("usage.key.label"), UsageKeys.KeyView::label)
                    .column(Messages.text("usage.key.hint"), UsageKeys.KeyView::hint)
                    .column(Messages.text("usage.key.status"), k -> Messages.text(k.revoked() ? "usage.key.status.revoked" : "usage.key.status.active"))
                    .column(Messages.text("usage.key.issuedBy"), UsageKeys.KeyView::issuedBy)
                    .column(Messages.text("usage.key.issuedAt"), k -> formats.dateTime(k.issuedAt()))
                    .column(Messages.text("usage.key.revokedAt"), k -> formats.dateTime(k.revokedAt()))
                    .column(Messages.text("usage.lastLogAt"), k -> formats.dateTime(k.lastLogAt()))
                    .build();
        }

        private void rows(java.util.function.Consumer<? super UsageKeys.KeyView> each) {
            int page = 500;
            for (int first = 0;; first += page) {
                java.util.List<UsageKeys.KeyView> rows = usageKeys.page(first, page);
                rows.forEach(each);
                if (rows.size() < page) {
                    return;
                }
            }
        }

        @Override
        public StreamedContent getXlsx() {
            return Downloads.xlsx(export(), each -> rows(each::accept), clock);
        }

        @Override
        public StreamedContent getCsv() {
            return Downloads.csv(export(), each -> rows(each::accept), clock);
        }
    }

    public KeysExport getKeysExport() {
        return keysExport;
    }

    public LazyDataModel<UsageLogs.IdleSite> getIdle() {
        return idle;
    }

    public LazyDataModel<UsageKeys.KeyView> getKeys() {
        return keys;
    }

    public UsageReports.IdleReport getIdleReport() {
        return idleReport;
    }

    public UsageReports.PolicyView getPolicy() {
        return policy;
    }

    public Integer getIdleDays() {
        return idleDays;
    }

    public void setIdleDays(Integer idleDays) {
        this.idleDays = idleDays;
    }

    public Integer getRetentionDays() {
        return retentionDays;
    }

    public void setRetentionDays(Integer retentionDays) {
        this.retentionDays = retentionDays;
    }
}
