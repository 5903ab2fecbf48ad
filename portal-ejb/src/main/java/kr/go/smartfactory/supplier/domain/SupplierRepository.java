package kr.go.smartfactory.supplier.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.go.smartfactory.account.domain.BusinessRegistrationNumber;

/** Supplier profiles, their histories and the speciality classification. */
public interface SupplierRepository {

    Optional<SupplierProfile> profile(long id);

    Optional<SupplierProfile> profileOfCompany(long companyId);

    Optional<SupplierProfile> profileByRegistrationNumber(BusinessRegistrationNumber number);

    /** The profiles of the given numbers (with their companies), by the numbers' digits. */
    Map<String, SupplierProfile> profilesByRegistrationNumber(Collection<BusinessRegistrationNumber> numbers);

    Optional<BuildHistory> history(long supplierId, String legacyRef);

    Optional<BuildHistory> history(long id);

    /** Every speciality by code, in classification order. */
    Map<String, Speciality> specialities();

    void add(Object entity);
}
