package kr.go.smartfactory.supplier.application;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kr.go.smartfactory.supplier.domain.Speciality;
import kr.go.smartfactory.supplier.domain.SupplierLogo;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/** Reading the directory, public: a supplier's profile and the classification. */
@Stateless
public class SupplierDirectory {

    @Inject
    private SupplierRepository suppliers;

    @PersistenceContext
    private EntityManager em;

    public Optional<SupplierView> profile(long id) {
        return suppliers.profile(id).map(SupplierView::of);
    }

    /** A supplier's logo, public: its checked content type and bytes, and when it changed (for caching). */
    public Optional<Logo> logo(long supplierId) {
        return Optional.ofNullable(em.find(SupplierLogo.class, supplierId))
                .map(l -> new Logo(l.getContentType(), l.getImage(), l.getUpdatedAt().toEpochMilli()));
    }

    public record Logo(String contentType, byte[] bytes, long version) {
    }

    public List<Speciality> specialities() {
        return List.copyOf(suppliers.specialities().values());
    }
}
