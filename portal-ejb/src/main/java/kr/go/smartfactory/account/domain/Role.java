package kr.go.smartfactory.account.domain;

import java.util.EnumSet;
import java.util.Set;

import kr.go.smartfactory.company.domain.CompanyKind;

/** The portal's roles (PRODUCT.md). One person may hold several. */
public enum Role {
    SME, SUPPLIER, STAFF, EVALUATOR, COORDINATOR, AS_EXPERT, AUDITOR, ADMIN;

    /** Roles an administrator grants; SME and SUPPLIER come from a company's own sign-up. */
    public static final Set<Role> STAFF_ROLES = EnumSet.of(STAFF, EVALUATOR, COORDINATOR, AS_EXPERT, AUDITOR, ADMIN);

    /** The role every member account of a company of this kind holds. */
    public static Role memberOf(CompanyKind kind) {
        return switch (kind) {
            case SME -> SME;
            case SUPPLIER -> SUPPLIER;
        };
    }

    /** Role names as the container knows them (web.xml, {@code @RolesAllowed}). */
    public static final class Names {
        public static final String SME = "SME";
        public static final String SUPPLIER = "SUPPLIER";
        public static final String STAFF = "STAFF";
        public static final String EVALUATOR = "EVALUATOR";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String AS_EXPERT = "AS_EXPERT";
        public static final String AUDITOR = "AUDITOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
