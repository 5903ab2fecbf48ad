package kr.go.smartfactory.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Runs test code with the ADMIN role, the way an administrator's request would reach the services. */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class AsAdmin extends RunAsHelper {
}
