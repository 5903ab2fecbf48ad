package kr.go.smartfactory.disbursement.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.StreamedContent;

import kr.go.smartfactory.disbursement.application.Disbursements;
import kr.go.smartfactory.disbursement.application.LedgerView;
import kr.go.smartfactory.document.export.TableExport;
import kr.go.smartfactory.project.web.ProjectBean;
import kr.go.smartfactory.shared.domain.DomainException;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Downloads;
import kr.go.smartfactory.web.support.Exportable;
import kr.go.smartfactory.web.support.Formats;
import kr.go.smartfactory.web.support.Messages;

/**
 * The ledger panel of a concluded agreement's pages: lines × agreed / requested / paid / remaining (XLSX/CSV), the
 * supplier's payment request with its tax invoice, staff's approval or rejection of what they saw, the SME's deposits.
 */
@Named
@ViewScoped
public class LedgerBean implements Serializable, Exportable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Disbursements disbursements;

    @Inject
    private ProjectBean project;

    @Inject
    private Formats formats;

    @Inject
    private Clock clock;

    private LedgerView ledger;
    private Integer lineNo;
    private String amount;
    private String invoiceNumber;
    private String issuer;
    private String invoiceDate;
    private Long rejected;
    private String reason;
    private String depositAmount;
    private String depositedOn;
    private String holderName;
    private String holderNumber;
    private String bank;

    public LedgerView getLedger() {
        if (ledger == null && project.getView() != null && project.getView().summary().status() != null
                && project.getView().summary().status() != kr.go.smartfactory.project.domain.ProjectStatus.CANCELLED) {
            ledger = disbursements.ledger(project.getId());
        }
        return ledger;
    }

    private static LocalDate day(String text, String field, DomainException.Collector problems) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            problems.add(field, "project.on.invalid");
            return null;
        }
    }

    public void requestPayment() {
        DomainException.Collector formatsWrong = new DomainException.Collector();
        LocalDate date = day(invoiceDate, "invoiceDate", formatsWrong);
        if (!formatsWrong.isEmpty()) {
            show(formatsWrong);
            return;
        }
        Actions.call(() -> disbursements.requestPayment(project.getId(), lineNo, amount, invoiceNumber, issuer, date),
                "payment.requested.done").ifPresent(v -> {
                    ledger = v;
                    lineNo = null;
                    amount = null;
                    invoiceNumber = null;
                    invoiceDate = null;
                });
    }

    public void approve(long requestId, long version) {
        // refused (another decision won): show the ledger as it now stands
        ledger = Actions.call(() -> disbursements.approve(requestId, version), "payment.approved.done")
                .orElseGet(() -> disbursements.ledger(project.getId()));
    }

    public void reject() {
        if (rejected == null) {
            Actions.show(DomainException.onField("rejected", "ledger.request.unknown"));
            return;
        }
        long version = getLedger().payments().stream().filter(p -> p.id() == rejected).findFirst().map(LedgerView.Payment::version)
                .orElse(-1L);
        Actions.call(() -> disbursements.reject(rejected, version, reason), "payment.rejected.done").ifPresent(v -> {
            ledger = v;
            rejected = null;
            reason = null;
        });
    }

    public void recordDeposit() {
        DomainException.Collector formatsWrong = new DomainException.Collector();
        LocalDate date = day(depositedOn, "depositedOn", formatsWrong);
        if (!formatsWrong.isEmpty()) {
            show(formatsWrong);
            return;
        }
        Actions.call(() -> disbursements.recordDeposit(project.getId(), depositAmount, date, holderName, holderNumber, bank),
                "deposit.recorded.done").ifPresent(v -> {
                    ledger = v;
                    depositAmount = null;
                    depositedOn = null;
                });
    }

    private static void show(DomainException.Collector problems) {
        try {
            problems.throwIfAny();
        } catch (DomainException refused) {
            Actions.show(refused);
        }
    }

    public List<LedgerView.Payment> getPendingPayments() {
        return getLedger() == null ? List.of() : getLedger().payments().stream().filter(LedgerView.Payment::pending).toList();
    }

    private TableExport<LedgerView.Line> export() {
        return TableExport.<LedgerView.Line>titled(Messages.text("ledger.title") + " " + getLedger().agreementNumber())
                .column(Messages.text("application.budget.category"), l -> l.category() == null ? Messages.text("ledger.total")
                        : Messages.text("budget.category." + l.category()))
                .column(Messages.text("application.budget.description"), l -> l.description() == null ? "" : l.description())
                .column(Messages.text("ledger.agreed"), l -> formats.money(l.agreed()))
                .column(Messages.text("ledger.pending"), l -> formats.money(l.pending()))
                .column(Messages.text("ledger.paid"), l -> formats.money(l.paid()))
                .column(Messages.text("ledger.remaining"), l -> formats.money(l.remaining()))
                .build();
    }

    private void rows(java.util.function.Consumer<? super LedgerView.Line> each) {
        LedgerView v = disbursements.ledger(project.getId());
        v.lines().forEach(each);
        each.accept(v.total());
    }

    @Override
    public StreamedContent getXlsx() {
        return Downloads.xlsx(export(), each -> rows(each), clock);
    }

    @Override
    public StreamedContent getCsv() {
        return Downloads.csv(export(), each -> rows(each), clock);
    }

    public Integer getLineNo() {
        return lineNo;
    }

    public void setLineNo(Integer lineNo) {
        this.lineNo = lineNo;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getInvoiceDate() {
        return invoiceDate;
    }

    public void setInvoiceDate(String invoiceDate) {
        this.invoiceDate = invoiceDate;
    }

    public Long getRejected() {
        return rejected;
    }

    public void setRejected(Long rejected) {
        this.rejected = rejected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDepositAmount() {
        return depositAmount;
    }

    public void setDepositAmount(String depositAmount) {
        this.depositAmount = depositAmount;
    }

    public String getDepositedOn() {
        return depositedOn;
    }

    public void setDepositedOn(String depositedOn) {
        this.depositedOn = depositedOn;
    }

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String holderName) {
        this.holderName = holderName;
    }

    public String getHolderNumber() {
        return holderNumber;
    }

    public void setHolderNumber(String holderNumber) {
        this.holderNumber = holderNumber;
    }

    public String getBank() {
        return bank;
    }

    public void setBank(String bank) {
        this.bank = bank;
    }
}
