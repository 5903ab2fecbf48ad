package kr.go.smartfactory.web.i18n;

import java.util.Locale;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** Every view takes its locale from {@link LanguageFilter}: Korean unless the visitor switched to English. */
public class PortalViewHandler extends ViewHandlerWrapper {

    public PortalViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return LanguageFilter.localeOf((HttpServletRequest) context.getExternalContext().getRequest());
    }
}
