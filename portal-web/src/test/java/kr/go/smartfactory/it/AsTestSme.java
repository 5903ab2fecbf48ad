package kr.go.smartfactory.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the tests' own SME ({@link #EMAIL}), whose state {@link SmeFixture} resets. */
@Stateless
@RunAs("SME")
@RunAsPrincipal(AsTestSme.EMAIL)
@PermitAll
public class AsTestSme extends RunAsHelper {

    public static final String EMAIL = "sme-it@test.smartfactory.kr";
}
