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

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
