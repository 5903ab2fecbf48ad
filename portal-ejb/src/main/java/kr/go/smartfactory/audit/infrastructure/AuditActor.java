package kr.go.smartfactory.audit.infrastructure;

import java.security.Principal;
import java.util.function.Supplier;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;

/**
 * Who the audit trail names for a change: the signed-in caller, "anonymous" for a visitor (sign-up), or the
 * name a background job runs under ({@link #runAs}).
 */
public final class AuditActor {

    public static final String ANONYMOUS = "anonymous";
    private static final ThreadLocal<String> OVERRIDE = new ThreadLocal<>();
    /** Looked up once (it reads the caller of the current thread when asked); a lookup per audited change was costly. */
    private static volatile SecurityContext security;

    private AuditActor() {
    }

    /** Runs {@code work} with changes attributed to {@code actor} (e.g. "system:housekeeping"). */
    public static <T> T runAs(String actor, Supplier<T> work) {
        String previous = OVERRIDE.get();
        OVERRIDE.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    public static String current() {
        String override = OVERRIDE.get();
        if (override != null) {
            return override;
        }
        try {
            SecurityContext context = security;
            if (context == null) {
                context = CDI.current().select(SecurityContext.class).get();
                security = context;
            }
            Principal principal = context.getCallerPrincipal();
            if (principal != null && principal.getName() != null && !principal.getName().isBlank()) {
                return principal.getName();
            }
        } catch (RuntimeException outsideAnyContext) {
            // no security context on this thread: a timer or a batch thread without runAs
        }
        return ANONYMOUS;
    }
}
