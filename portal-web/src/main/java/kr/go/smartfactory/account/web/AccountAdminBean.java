package kr.go.smartfactory.account.web;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

import kr.go.smartfactory.account.application.AccountAdministration;
import kr.go.smartfactory.account.application.AccountView;
import kr.go.smartfactory.account.application.StaffAccountForm;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.document.export.TableExport;
import kr.go.smartfactory.web.support.Actions;
import kr.go.smartfactory.web.support.Downloads;
import kr.go.smartfactory.web.support.LazyRows;
import kr.go.smartfactory.web.support.Exportable;
import kr.go.smartfactory.web.support.Messages;

/** admin/accounts.xhtml: find accounts, create staff accounts, change roles, disable. */
@Named
@ViewScoped
public class AccountAdminBean implements Serializable, Exportable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountAdministration administration;

    @Inject
    private Clock clock;

    private String query;
    private Role role;
    private StaffAccountForm newStaff = new StaffAccountForm();
    private AccountView selected;
    private List<Role> selectedStaffRoles = new ArrayList<>();
    private LazyDataModel<AccountView> accounts;

    @PostConstruct
    void init() {
        accounts = new LazyRows<>(() -> administration.countAccounts(query, role),
                (first, max) -> administration.accounts(query, role, first, max), AccountView::id);
    }

    public void createStaff() {
        if (Actions.run(() -> administration.createStaffAccount(newStaff), "admin.accounts.created")) {
            newStaff = new StaffAccountForm();
        }
    }

    public void select(AccountView account) {
        selected = account;
        selectedStaffRoles = new ArrayList<>(account.roles().stream().filter(Role.STAFF_ROLES::contains).toList());
    }

    public void saveRoles() {
        if (selected == null) {
            return;
        }
        if (Actions.run(() -> administration.changeStaffRoles(selected.id(),
                selectedStaffRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(selectedStaffRoles)),
                "admin.accounts.rolesSaved")) {
            selected = null;
        }
    }

    public void setEnabled(AccountView account, boolean enabled) {
        Actions.run(() -> administration.setEnabled(account.id(), enabled), enabled ? "admin.accounts.enabled" : "admin.accounts.disabled");
    }

    /** The accounts under the current filter, in the words staff read. */
    private TableExport<AccountView> export() {
        return TableExport.<AccountView>titled(Messages.text("admin.accounts.list"))
                .column(Messages.text("field.email"), AccountView::email)
                .column(Messages.text("field.contactName"), AccountView::contactName)
                .column(Messages.text("field.phone"), AccountView::phone)
                .column(Messages.text("field.companyName"), AccountView::companyName)
                .column(Messages.text("my.roles"), a -> Messages.texts("role.", a.roles()))
                .column(Messages.text("admin.accounts.status"), a -> Messages.text("status." + a.status()))
                .column(Messages.text("my.since"), AccountView::createdAt)
                .column(Messages.text("my.lastSignIn"), AccountView::lastSignInAt)
                .build();
    }

    @Override
    public StreamedContent getXlsx() {
        String q = query;
        Role r = role;
        return Downloads.xlsx(export(), each -> administration.forEachAccount(q, r, each), clock);
    }

    @Override
    public StreamedContent getCsv() {
        String q = query;
        Role r = role;
        return Downloads.csv(export(), each -> administration.forEachAccount(q, r, each), clock);
    }

    public LazyDataModel<AccountView> getAccounts() {
        return accounts;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public StaffAccountForm getNewStaff() {
        return newStaff;
    }

    public AccountView getSelected() {
        return selected;
    }

    public List<Role> getSelectedStaffRoles() {
        return selectedStaffRoles;
    }

    public void setSelectedStaffRoles(List<Role> selectedStaffRoles) {
        this.selectedStaffRoles = selectedStaffRoles;
    }
}
