package kr.go.smartfactory.supplier.application;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.apache.commons.csv.CSVRecord;

import kr.go.smartfactory.company.domain.BusinessRegistrationNumber;
import kr.go.smartfactory.company.domain.Company;
import kr.go.smartfactory.company.domain.CompanyRepository;
import kr.go.smartfactory.company.domain.CompanyKind;
import kr.go.smartfactory.company.domain.IndustryCode;
import kr.go.smartfactory.company.domain.Region;
import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.shared.domain.SmartLevel;
import kr.go.smartfactory.supplier.domain.AmountBand;
import kr.go.smartfactory.supplier.domain.BuildHistory;
import kr.go.smartfactory.supplier.domain.HistoryKind;
import kr.go.smartfactory.supplier.domain.Speciality;
import kr.go.smartfactory.supplier.domain.SupplierProfile;
import kr.go.smartfactory.supplier.domain.SupplierRepository;

/**
 * Bulk import of legacy suppliers and build histories from UTF-8 CSV files (formats in the README). A file is
 * checked line by line first; one bad line rejects the whole file with a report of every bad line, and
 * nothing is stored. Importing the same file again updates what it imported before (suppliers by business
 * registration number, histories by supplier and {@code ref}) and never duplicates.
 */
@Stateless
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMIN})
public class SupplierImport {

    static final List<String> SUPPLIER_COLUMNS = List.of("registration_number", "name", "ceo", "address", "region", "industry");
    static final List<String> HISTORY_COLUMNS = List.of("supplier_registration_number", "ref", "client_industry",
            "client_region", "year", "level_before", "level_after", "amount_band");

    @Inject
    private SupplierRepository suppliers;

    @Inject
    private CompanyRepository companies;

    @Inject
    private Clock clock;

    public ImportReport importSuppliers(String csv) {
        return importSuppliers(new java.io.StringReader(csv));
    }

    /** The CSV read as it arrives (see {@link CsvRows#parse(java.io.Reader, List)} for its limits). */
    public ImportReport importSuppliers(java.io.Reader csv) {
        CsvRows rows = CsvRows.parse(csv, SUPPLIER_COLUMNS);
        Year thisYear = KoreanTime.thisYear(clock);
        Map<String, IndustryCode> industries = industries();
        Map<String, Speciality> specialities = suppliers.specialities();
        // the file's companies and profiles in a few queries, before anything is written: one query per line
        // would flush an ever larger persistence context each time
        Map<String, Company> existingCompanies = companies.companiesByRegistrationNumber(registrationNumbers(rows, "registration_number"));
        Map<String, SupplierProfile> profiles = suppliers.profilesByRegistrationNumber(existingCompanies.values().stream()
                .map(Company::getRegistrationNumber).toList());
        Set<String> seen = new HashSet<>();
        List<SupplierRow> valid = new java.util.ArrayList<>();
        for (CSVRecord r : rows.records()) {
            String brnText = rows.required(r, "registration_number");
            BusinessRegistrationNumber brn = null;
            if (brnText != null) {
                if (!BusinessRegistrationNumber.isValid(brnText)) {
                    rows.error(r, "import.brn.invalid", brnText);
                } else {
                    brn = BusinessRegistrationNumber.of(brnText);
                    if (!seen.add(brn.digits())) {
                        rows.error(r, "import.brn.duplicate", brn.formatted());
                    }
                }
            }
            String name = rows.rule(r, () -> Company.checkName(CsvRows.optional(r, "name")));
            String ceo = rows.rule(r, () -> Company.checkCeoName(CsvRows.optional(r, "ceo")));
            String address = rows.rule(r, () -> Company.checkAddress(CsvRows.optional(r, "address")));
            Region region = rows.parsed(r, "region", "import.region.unknown", Region::parse, true);
            IndustryCode industry = rows.parsed(r, "industry", "import.industry.unknown", code(industries), true);
            Integer parsedYear = rows.parsed(r, "founded_year", "import.year.invalid", CsvRows::integer, false);
            Integer founded = rows.rule(r, () -> SupplierProfile.checkFoundedYear(parsedYear, thisYear));
            String homepage = rows.rule(r, () -> SupplierProfile.checkHomepage(CsvRows.optional(r, "homepage")));
            Set<Speciality> offered = codes(rows, r, "specialities", "import.speciality.unknown", code(specialities));
            Set<Region> served = codes(rows, r, "regions_served", "import.region.unknown", Region::parse);
            Set<IndustryCode> industriesServed = codes(rows, r, "industries_served", "import.industry.unknown", code(industries));
            String introduction = rows.rule(r, () -> SupplierProfile.checkIntroduction(CsvRows.optional(r, "introduction")));
            if (brn != null) {
                Optional<Company> existing = Optional.ofNullable(existingCompanies.get(brn.digits()));
                if (existing.isPresent() && existing.get().getKind() != CompanyKind.SUPPLIER) {
                    rows.error(r, "import.brn.notSupplier", brn.formatted());
                }
            }
            valid.add(new SupplierRow(brn, name, ceo, address, region, industry, founded, homepage, offered, served,
                    industriesServed, introduction));
        }
        rows.throwIfAnyError();

        Instant now = clock.instant();
        int created = 0;
        int updated = 0;
        for (SupplierRow row : valid) {
            SupplierProfile profile = profiles.get(row.brn().digits());
            if (profile != null) {
                profile.getCompany().correctRegistryData(row.name(), row.ceo(), row.address(), row.region());
                updated++;
            } else {
                Company company = existingCompanies.computeIfAbsent(row.brn().digits(), d -> {
                    Company c = new Company(row.brn(), row.name(), row.ceo(), row.address(), row.region(), row.industry(),
                            CompanyKind.SUPPLIER, now);
                    companies.add(c);
                    return c;
                });
                profile = new SupplierProfile(company, now);
                suppliers.add(profile);
                created++;
            }
            profile.describe(row.homepage(), row.introduction(), row.founded(), thisYear);
            profile.offer(row.specialities(), row.regionsServed(), row.industriesServed());
            // staff import the registry's data: that stands for a checked registration
            profile.registryImported(now);
            // company data reaches the index through the profile: reindex it explicitly
            suppliers.reindex(profile);
        }
        return new ImportReport(valid.size(), created, updated);
    }

    public ImportReport importBuildHistories(String csv) {
        return importBuildHistories(new java.io.StringReader(csv));
    }

    public ImportReport importBuildHistories(java.io.Reader csv) {
        CsvRows rows = CsvRows.parse(csv, HISTORY_COLUMNS);
        Map<String, IndustryCode> industries = industries();
        Map<String, Speciality> specialities = suppliers.specialities();
        Map<String, SupplierProfile> profiles = suppliers.profilesByRegistrationNumber(
                registrationNumbers(rows, "supplier_registration_number"));
        Set<String> seen = new HashSet<>();
        Instant now = clock.instant();
        Year thisYear = KoreanTime.thisYear(clock);
        List<HistoryRow> valid = new java.util.ArrayList<>();
        for (CSVRecord r : rows.records()) {
            String brnText = rows.required(r, "supplier_registration_number");
            SupplierProfile profile = null;
            if (brnText != null) {
                if (!BusinessRegistrationNumber.isValid(brnText)) {
                    rows.error(r, "import.brn.invalid", brnText);
                } else {
                    BusinessRegistrationNumber brn = BusinessRegistrationNumber.of(brnText);
                    profile = profiles.get(brn.digits());
                    if (profile == null) {
                        rows.error(r, "import.supplier.unknown", brn.formatted());
                    }
                }
            }
            String ref = rows.required(r, "ref");
            if (ref != null && ref.length() > 60) {
                rows.error(r, "import.tooLong", "ref", "60");
            } else if (ref != null && !seen.add(brnText + "|" + ref)) {
                rows.error(r, "import.ref.duplicate", ref);
            }
            HistoryKind kind = rows.parsed(r, "kind", "import.kind.unknown", enumOf(HistoryKind.class), false);
            IndustryCode industry = rows.parsed(r, "client_industry", "import.industry.unknown", code(industries), true);
            Region region = rows.parsed(r, "client_region", "import.region.unknown", Region::parse, true);
            Integer parsedYear = rows.parsed(r, "year", "import.year.invalid", CsvRows::integer, true);
            Integer year = parsedYear == null ? null : rows.rule(r, () -> BuildHistory.checkYear(parsedYear, thisYear));
            Set<Speciality> solutions = codes(rows, r, "solutions", "import.speciality.unknown", code(specialities));
            SmartLevel before = rows.parsed(r, "level_before", "import.level.unknown", enumOf(SmartLevel.class), true);
            SmartLevel after = rows.parsed(r, "level_after", "import.level.unknown", enumOf(SmartLevel.class), true);
            if (before != null && after != null) {
                rows.rule(r, () -> {
                    BuildHistory.checkLevels(before, after);
                    return null;
                });
            }
            AmountBand band = rows.parsed(r, "amount_band", "import.amountBand.unknown", enumOf(AmountBand.class), true);
            String description = rows.rule(r, () -> BuildHistory.checkDescription(CsvRows.optional(r, "description")));
            if (profile != null && ref != null && industry != null && region != null && year != null && before != null
                    && after != null && band != null) {
                valid.add(new HistoryRow(profile, ref, kind == null ? HistoryKind.VERIFIED : kind,
                        new BuildHistory.Details(industry, region, year,
                                solutions.stream().map(Speciality::getCode).collect(Collectors.toCollection(LinkedHashSet::new)),
                                before, after, band, description)));
            }
        }
        rows.throwIfAnyError();

        // what this file imported before, in one query rather than one per line
        Map<String, BuildHistory> previous = suppliers.importedHistories(valid.stream().map(h -> h.profile().getId()).distinct().toList());
        int created = 0;
        int updated = 0;
        for (HistoryRow row : valid) {
            Optional<BuildHistory> existing = Optional.ofNullable(previous.get(row.profile().getId() + "|" + row.ref()));
            if (existing.isPresent()) {
                existing.get().apply(row.details(), now);
                existing.get().classify(row.kind());
                updated++;
            } else {
                row.profile().addHistory(row.kind(), row.details(), row.ref(), now);
                created++;
            }
        }
        return new ImportReport(valid.size(), created, updated);
    }

    /** The valid registration numbers of a column (the bad ones are reported by the line checks). */
    private static List<BusinessRegistrationNumber> registrationNumbers(CsvRows rows, String column) {
        return rows.records().stream().map(r -> CsvRows.optional(r, column))
                .filter(v -> v != null && BusinessRegistrationNumber.isValid(v)).map(BusinessRegistrationNumber::of).toList();
    }

    private Map<String, IndustryCode> industries() {
        return companies.industries().stream().collect(Collectors.toMap(IndustryCode::getCode, Function.identity()));
    }

    private static <T> Function<String, Optional<T>> code(Map<String, T> byCode) {
        return v -> Optional.ofNullable(byCode.get(v.strip()));
    }

    private static <E extends Enum<E>> Function<String, Optional<E>> enumOf(Class<E> type) {
        return v -> Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(v.strip())).findFirst();
    }

    private static <T> Set<T> codes(CsvRows rows, CSVRecord r, String column, String errorCode,
            Function<String, Optional<T>> parser) {
        Set<T> values = new LinkedHashSet<>();
        for (String item : CsvRows.list(CsvRows.optional(r, column))) {
            Optional<T> value = parser.apply(item);
            if (value.isPresent()) {
                values.add(value.get());
            } else {
                rows.error(r, errorCode, column, item);
            }
        }
        return values;
    }

    private record SupplierRow(BusinessRegistrationNumber brn, String name, String ceo, String address, Region region,
            IndustryCode industry, Integer founded, String homepage, Set<Speciality> specialities,
            Set<Region> regionsServed, Set<IndustryCode> industriesServed, String introduction) {
    }

    private record HistoryRow(SupplierProfile profile, String ref, HistoryKind kind, BuildHistory.Details details) {
    }
}
