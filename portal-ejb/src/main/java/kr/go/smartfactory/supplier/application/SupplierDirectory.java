package kr.go.smartfactory.supplier.application;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.supplier.domain.Speciality;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/** Reading the directory, public: a supplier's profile and the classification. */
@Stateless
public class SupplierDirectory {

    @Inject
    private SupplierRepository suppliers;

    public Optional<SupplierView> profile(long id) {
        return suppliers.profile(id).map(SupplierView::of);
    }

    public List<Speciality> specialities() {
        return List.copyOf(suppliers.specialities().values());
    }
}
