package kr.go.smartfactory.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the demo programme staff account (staff@demo.smartfactory.kr, role STAFF). */
@Stateless
@RunAs("STAFF")
@RunAsPrincipal("staff@demo.smartfactory.kr")
@PermitAll
public class AsDemoStaff extends RunAsHelper {
}
