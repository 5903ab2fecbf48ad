package kr.go.smartfactory.it;

import java.util.concurrent.Callable;

/**
 * Runs test code inside an EJB whose {@code @RunAs} (and {@code @RunAsPrincipal}) stand for a caller, the way
 * that caller's request would reach the services. Open to every caller: the subclass decides who runs.
 */
@jakarta.annotation.security.PermitAll
public abstract class RunAsHelper {

    public <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
