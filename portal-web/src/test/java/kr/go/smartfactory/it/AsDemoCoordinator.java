package kr.go.smartfactory.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the demo coordinator (coordinator@demo.smartfactory.kr, role COORDINATOR). */
@Stateless
@RunAs("COORDINATOR")
@RunAsPrincipal("coordinator@demo.smartfactory.kr")
@PermitAll
public class AsDemoCoordinator extends RunAsHelper {
}
