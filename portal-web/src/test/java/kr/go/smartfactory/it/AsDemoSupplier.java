package kr.go.smartfactory.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the demo supplier's account (supplier@demo.smartfactory.kr, role SUPPLIER). */
@Stateless
@RunAs("SUPPLIER")
@RunAsPrincipal("supplier@demo.smartfactory.kr")
@PermitAll
public class AsDemoSupplier extends RunAsHelper {
}
