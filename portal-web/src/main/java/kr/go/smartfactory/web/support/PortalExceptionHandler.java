package kr.go.smartfactory.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

/**
 * A form posted with a view state the server does not have (expired, or forged) runs nothing and sends the
 * visitor to the "page expired" page with a redirect — a GET, so that page is not itself taken for the
 * failed postback (which made a 500 of it).
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    static final String EXPIRED_PAGE = "/error/expired.xhtml";

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
            Throwable thrown = events.next().getContext().getException();
            if (isExpiredView(thrown) && faces != null && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                ExternalContext external = faces.getExternalContext();
                try {
                    external.redirect(external.getRequestContextPath() + EXPIRED_PAGE);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                faces.responseComplete();
            }
        }
        getWrapped().handle();
    }

    private static boolean isExpiredView(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PortalExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
