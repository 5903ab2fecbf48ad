package kr.go.smartfactory.supplier.application;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.supplier.domain.Speciality;
import kr.go.smartfactory.supplier.domain.SupplierProfile;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/**
 * Reading the directory, public: a listed supplier's profile and logo, and the classification. A supplier not
 * yet approved by staff does not exist here (404), exactly as it does not exist in search.
 */
@Stateless
public class SupplierDirectory {

    @Inject
    private SupplierRepository suppliers;

    public Optional<SupplierView> profile(long id) {
        return listed(id).map(SupplierView::of);
    }

    /** A listed supplier's logo: its checked content type and bytes, and when it changed (for caching). */
    /** Whether ratings exist yet: until then sorting by them would only shuffle the list. */
    public boolean hasRatings() {
        return suppliers.anyRated();
    }

    public Optional<Logo> logo(long supplierId) {
        return listed(supplierId).flatMap(p -> suppliers.logo(p.getId()))
                .map(l -> new Logo(l.getContentType(), l.getImage(), l.getUpdatedAt().toEpochMilli()));
    }

    public record Logo(String contentType, byte[] bytes, long version) {
    }

    public List<Speciality> specialities() {
        return List.copyOf(suppliers.specialities().values());
    }

    private Optional<SupplierProfile> listed(long id) {
        return suppliers.profile(id).filter(p -> p.getRegistration().isListed());
    }
}
