package kr.go.smartfactory.supplier.domain;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Only approved suppliers have a search document: a supplier signed up but not yet checked by staff is never
 * found by search, suggestions, "suppliers like this one" or the API, whatever query a future page builds. When
 * the status changes, the document is added or removed in the same transaction.
 */
public class ListedSuppliersOnly implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("registration.status");
        context.bridge(SupplierProfile.class, new Bridge());
    }

    static final class Bridge implements RoutingBridge<SupplierProfile> {

        @Override
        public void route(DocumentRoutes routes, Object id, SupplierProfile profile, RoutingBridgeRouteContext context) {
            if (profile.getRegistration().isListed()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object id, SupplierProfile profile, RoutingBridgeRouteContext context) {
            // it may have been listed before: make sure an old document goes
            routes.addRoute();
        }
    }
}
