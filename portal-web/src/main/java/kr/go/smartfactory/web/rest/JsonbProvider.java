package kr.go.smartfactory.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API. Without it RESTEasy built a new {@link Jsonb} for every response,
 * and with it Yasson's per-instance cache of class models was rebuilt every time — about 1.5 ms of each
 * search request (JFR on the benchmark). {@code Jsonb} instances are thread-safe.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class JsonbProvider implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new jakarta.json.bind.JsonbConfig().withAdapters(new MoneyAdapter()));

    /** Amounts go out as whole won, a JSON number ({@code "budget": 25000000000}). */
    public static class MoneyAdapter implements jakarta.json.bind.adapter.JsonbAdapter<kr.go.smartfactory.shared.domain.Money, java.math.BigDecimal> {
        @Override
        public java.math.BigDecimal adaptToJson(kr.go.smartfactory.shared.domain.Money money) {
            return money.amount();
        }

        @Override
        public kr.go.smartfactory.shared.domain.Money adaptFromJson(java.math.BigDecimal won) {
            return kr.go.smartfactory.shared.domain.Money.of(won);
        }
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
