package kr.go.smartfactory.audit.application;

import java.util.List;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kr.go.smartfactory.account.domain.Role;
import kr.go.smartfactory.audit.domain.AuditEntry;
import kr.go.smartfactory.audit.domain.AuditRepository;
import kr.go.smartfactory.shared.domain.KoreanTime;

/** Reading the audit trail, for administrators and auditors only. Dates are Korean calendar days. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
public class AuditTrail {

    public static final int MAX_PAGE = 500;
    /** The most rows one export writes (an XLSX sheet holds 1,048,576). */
    public static final int MAX_EXPORT = 1_000_000;

    @Inject
    private AuditRepository audit;

    public List<AuditEntry> entries(AuditFilter filter, int first, int max) {
        return audit.entries(criteria(filter), Math.max(0, first), Math.min(Math.max(max, 1), MAX_PAGE));
    }

    public long count(AuditFilter filter) {
        return audit.count(criteria(filter));
    }

    /** Every matching entry, newest first, page by page (for exports). */
    public void forEach(AuditFilter filter, Consumer<? super AuditEntry> each) {
        AuditRepository.Criteria criteria = criteria(filter);
        kr.go.smartfactory.document.export.Paging.forEach((first, max) -> audit.entries(criteria, first, max), MAX_PAGE, MAX_EXPORT, each);
    }

    public List<String> entityTypes() {
        return audit.entityTypes();
    }

    private static AuditRepository.Criteria criteria(AuditFilter f) {
        return new AuditRepository.Criteria(text(f.getEntityType()), text(f.getEntityId()), text(f.getActor()),
                f.getFrom() == null ? null : f.getFrom().atStartOfDay(KoreanTime.ZONE).toInstant(),
                f.getTo() == null ? null : f.getTo().plusDays(1).atStartOfDay(KoreanTime.ZONE).toInstant());
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
