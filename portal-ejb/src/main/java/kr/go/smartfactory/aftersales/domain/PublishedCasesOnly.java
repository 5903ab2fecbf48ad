package kr.go.smartfactory.aftersales.domain;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Only a published case has a search document: a withdrawn one is never found by the knowledge base, whatever query a
 * page builds. Withdrawing or publishing again adds or removes the document in the same transaction.
 */
public class PublishedCasesOnly implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("withdrawnAt");
        context.bridge(KnowledgeCase.class, new Bridge());
    }

    static final class Bridge implements RoutingBridge<KnowledgeCase> {

        @Override
        public void route(DocumentRoutes routes, Object id, KnowledgeCase c, RoutingBridgeRouteContext context) {
            if (c.isPublished()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object id, KnowledgeCase c, RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
