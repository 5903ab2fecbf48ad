package kr.go.smartfactory.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the demo SME's account (sme@demo.smartfactory.kr, role SME, (주)한빛정밀). */
@Stateless
@RunAs("SME")
@RunAsPrincipal("sme@demo.smartfactory.kr")
@PermitAll
public class AsDemoSme extends RunAsHelper {
}
