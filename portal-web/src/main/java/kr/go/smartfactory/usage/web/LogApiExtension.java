package kr.go.smartfactory.usage.web;

import jakarta.servlet.ServletContext;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;

/**
 * Puts {@link LogApiHandler} in front of the portal's servlet chain (Undertow's initial handlers: before the security
 * handlers, the filters and the CDI request context), so that {@code /apisvc/sendLogData.json} is answered without
 * them. Registered in {@code META-INF/services/io.undertow.servlet.ServletExtension}; every other path passes through.
 */
public class LogApiExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        ClassLoader portal = deployment.getClassLoader();
        deployment.addInitialHandlerChainWrapper(next -> new LogApiHandler(next, portal));
    }
}
