package kr.go.smartfactory.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test code as a supplier account the tests own ({@value #EMAIL}): {@link SupplierFixture} creates it on
 * first use and puts it back to a fresh registration before each test (the PostgreSQL test database persists).
 */
@Stateless
@RunAs("SUPPLIER")
@RunAsPrincipal(AsTestSupplier.EMAIL)
@PermitAll
public class AsTestSupplier extends RunAsHelper {

    public static final String EMAIL = "registration-it@test.smartfactory.kr";
}
