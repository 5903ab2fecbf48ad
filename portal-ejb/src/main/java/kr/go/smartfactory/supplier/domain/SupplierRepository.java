package kr.go.smartfactory.supplier.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.Company;

/**
 * Supplier profiles with their histories, logos and registry change requests, the speciality classification,
 * SMEs' matching profiles — everything the supplier context keeps. The index follows the database: changes
 * that reach the index only through the company (its name, region) are reindexed with {@link #reindex}.
 */
public interface SupplierRepository {

    Optional<SupplierProfile> profile(long id);

    Optional<SupplierProfile> profileOfCompany(long companyId);

    Optional<SupplierProfile> profileByRegistrationNumber(BusinessRegistrationNumber number);

    /** The profiles of the given numbers (with their companies), by the numbers' digits. */
    Map<String, SupplierProfile> profilesByRegistrationNumber(Collection<BusinessRegistrationNumber> numbers);

    /** The profiles of these ids with their companies, in any order. */
    List<SupplierProfile> profilesWithCompany(Collection<Long> ids);

    /** Profile ids after {@code afterId}, ascending, at most {@code max}. */
    List<Long> profileIds(long afterId, int max);

    /**
     * Profiles with their companies for the staff table: of a status (null: any), whose name contains or whose
     * registration number starts with {@code text} (null: any); waiting ones by submission, oldest first, then
     * the rest by name.
     */
    List<SupplierProfile> registrations(RegistrationStatus status, String text, int first, int max);

    long countRegistrations(RegistrationStatus status, String text);

    /** Whether any listed supplier has a satisfaction rating yet (the rating sort is offered only then). */
    boolean anyRated();

    /** The profiles that offer the speciality {@code code}. */
    List<SupplierProfile> profilesOffering(String code);

    Optional<BuildHistory> history(long supplierId, String legacyRef);

    Optional<BuildHistory> history(long id);

    /** The imported histories (with a registry ref) of these suppliers, by "supplierId|ref". */
    Map<String, BuildHistory> importedHistories(Collection<Long> supplierIds);

    /** Every speciality by code, in classification order. */
    Map<String, Speciality> specialities();

    /** How often each speciality code is referred to by profiles, solutions, histories and SMEs' wishes. */
    Map<String, Long> specialityUses();

    /**
     * Per supplier, how many of its <em>verified</em> builds show each kind of match for {@code match} (with
     * {@code solutions}, the wanted ones and their descendants), best suppliers first, at most {@code max}.
     */
    List<MatchCount> rankByMatchingBuilds(BuildMatch match, Set<String> solutions, int max);

    record MatchCount(long supplierId, BuildMatch.Counts counts) {
    }

    Optional<SupplierLogo> logo(long supplierId);

    boolean hasPendingRegistryChange(SupplierProfile profile);

    List<RegistryChangeRequest> pendingRegistryChanges();

    Optional<RegistryChangeRequest> registryChange(long id);

    Optional<MatchingProfile> matchingProfile(Company company);

    void add(SupplierProfile profile);

    void add(SupplierLogo logo);

    void add(RegistryChangeRequest request);

    void add(Speciality speciality);

    void add(MatchingProfile profile);

    void remove(SupplierProfile profile);

    void remove(SupplierLogo logo);

    void remove(Speciality speciality);

    void remove(MatchingProfile profile);

    /** Writes pending changes now, so that new children have their ids. */
    void flush();

    /** Replaces the profile's search document now (at commit), for changes made through its company. */
    void reindex(SupplierProfile profile);
}
