package kr.go.smartfactory.web.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Every view takes its locale from {@link LanguageFilter}: Korean unless the visitor switched to English. The
 * views listed in web.xml's {@code portal.STATELESS_VIEWS} (public pages, error pages) are created transient: they
 * keep no state, so an anonymous visit creates no session.
 */
public class PortalViewHandler extends ViewHandlerWrapper {

    static final String STATELESS_VIEWS = "portal.STATELESS_VIEWS";

    public PortalViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && statelessViews(context).contains(viewId)) {
            root.setTransient(true);
        }
        return root;
    }

    private static Set<String> statelessViews(FacesContext context) {
        Map<String, Object> application = context.getExternalContext().getApplicationMap();
        @SuppressWarnings("unchecked")
        Set<String> views = (Set<String>) application.get(STATELESS_VIEWS);
        if (views == null) {
            String configured = context.getExternalContext().getInitParameter(STATELESS_VIEWS);
            views = configured == null ? Set.of()
                    : Arrays.stream(configured.split(",")).map(String::strip).filter(v -> !v.isEmpty()).collect(Collectors.toUnmodifiableSet());
            application.put(STATELESS_VIEWS, views);
        }
        return views;
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return LanguageFilter.localeOf((HttpServletRequest) context.getExternalContext().getRequest());
    }
}
