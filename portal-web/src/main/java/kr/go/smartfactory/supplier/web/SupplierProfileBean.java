package kr.go.smartfactory.supplier.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kr.go.smartfactory.supplier.application.SupplierDirectory;
import kr.go.smartfactory.supplier.application.SupplierHit;
import kr.go.smartfactory.supplier.application.SupplierSearch;
import kr.go.smartfactory.supplier.application.SupplierView;
import kr.go.smartfactory.web.support.Pages;

/** suppliers/profile.xhtml: one supplier's public profile and suppliers like it. */
@Named
@RequestScoped
public class SupplierProfileBean {

    @Inject
    private SupplierDirectory directory;

    @Inject
    private SupplierSearch search;

    private Long id;
    private SupplierView profile;
    private List<SupplierHit> similar;

    /** viewAction: an unknown id is a 404, not an empty page. */
    public void load() {
        profile = id == null ? null : directory.profile(id).orElse(null);
        if (profile == null) {
            Pages.notFound();
        }
    }

    public SupplierView getProfile() {
        return profile;
    }

    public List<SupplierHit> getSimilar() {
        if (similar == null) {
            similar = profile == null ? List.of() : search.similarTo(profile.id(), 5);
        }
        return similar;
    }

    private String back;

    /** The search this profile was opened from ({@code back}: its query string only), else the plain search page. */
    public String getBackLink() {
        String context = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        boolean plainQuery = back != null && !back.isBlank() && back.length() <= 1000 && back.matches("[A-Za-z0-9%=&_.~+\\-]*");
        return context + "/suppliers/index.xhtml" + (plainQuery ? "?" + back : "");
    }

    public String getBack() {
        return back;
    }

    public void setBack(String back) {
        this.back = back;
    }

    /** The {@code id} parameter as text: "abc" or an unknown number is a 404, never a conversion error. */
    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String id) {
        this.id = Pages.idOrNull(id);
    }
}
