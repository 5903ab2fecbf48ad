package kr.go.smartfactory.it;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Runs test code with the ADMIN role, the way an administrator's request would reach the services. */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class AsAdmin {

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
