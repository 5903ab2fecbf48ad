package kr.go.smartfactory.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as another demo SME's member (sme4@demo.smartfactory.kr, (주)미래정공 in 대구). */
@Stateless
@RunAs("SME")
@RunAsPrincipal("sme4@demo.smartfactory.kr")
@PermitAll
public class AsDemoSme4 extends RunAsHelper {
}
