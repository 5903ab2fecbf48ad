package kr.go.smartfactory.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the demo supplier under review (pending@demo.smartfactory.kr, 한울로보틱스, role SUPPLIER): another supplier. */
@Stateless
@RunAs("SUPPLIER")
@RunAsPrincipal("pending@demo.smartfactory.kr")
@PermitAll
public class AsPendingSupplier extends RunAsHelper {
}
