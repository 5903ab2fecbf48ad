package kr.go.smartfactory.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the demo evaluator (evaluator@demo.smartfactory.kr, 한평가, role EVALUATOR). */
@Stateless
@RunAs("EVALUATOR")
@RunAsPrincipal("evaluator@demo.smartfactory.kr")
@PermitAll
public class AsDemoEvaluator extends RunAsHelper {
}
