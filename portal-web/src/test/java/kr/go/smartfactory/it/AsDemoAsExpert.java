package kr.go.smartfactory.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the demo AS expert (asexpert@demo.smartfactory.kr, role AS_EXPERT). */
@Stateless
@RunAs("AS_EXPERT")
@RunAsPrincipal("asexpert@demo.smartfactory.kr")
@PermitAll
public class AsDemoAsExpert extends RunAsHelper {
}
