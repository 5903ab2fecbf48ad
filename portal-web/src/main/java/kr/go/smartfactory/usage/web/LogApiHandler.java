package kr.go.smartfactory.usage.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.inject.spi.CDI;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.SameThreadExecutor;

import org.xnio.XnioExecutor;

import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.usage.application.Receipt;
import kr.go.smartfactory.usage.application.UsageIntake;
import kr.go.smartfactory.usage.domain.ReceiptCode;

/**
 * {@code /apisvc/sendLogData.json}: the log API existing MES/ERP clients already speak, unchanged, answered by an
 * Undertow handler in front of the servlet chain ({@link LogApiExtension}). Its clients are machines whose key is in
 * the request — no session, no sign-in, no browser rules —, so the servlet container's security chain (Jakarta
 * Security's mechanism, JASPIC, role checks) and the page filters only cost time there: measured with JFR, about a
 * fifth of the server's CPU under load (docs/benchmarks.md). Every answer is HTTP 200 with
 * {@code {"result":{"recptnDt","recptnRsltCd","recptnRslt","recptnRsltDtl"}}}, whatever was sent. The body is read
 * without blocking on the I/O thread; the work runs on a worker thread with the portal's class loader; an accepted
 * log is answered only after its row is committed, by the writer thread that committed it (no thread waits).
 */
public final class LogApiHandler implements HttpHandler {

    public static final String PATH = "/apisvc/sendLogData.json";
    private static final Logger LOG = Logger.getLogger(LogApiHandler.class.getName());
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(KoreanTime.ZONE);
    /** Longer than any commit; an answer still missing by then says "not stored" (the client sends again). */
    static final long TIMEOUT_MILLIS = 30_000;

    private final HttpHandler next;
    private final ClassLoader portal;
    private volatile UsageIntake intake;
    private volatile Clock clock;

    LogApiHandler(HttpHandler next, ClassLoader portal) {
        this.next = next;
        this.portal = portal;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (!PATH.equals(exchange.getRelativePath())) {
            next.handleRequest(exchange);
            return;
        }
        if (!Methods.POST.equals(exchange.getRequestMethod()) || exchange.getRequestContentLength() > WireFormat.MAX_BODY) {
            // any other way of calling it, or a body too large, is answered in the same JSON
            answer(exchange, new Receipt(ReceiptCode.UNREADABLE, null, Instant.now()));
            return;
        }
        exchange.getRequestReceiver().setMaxBufferSize(WireFormat.MAX_BODY);
        exchange.getRequestReceiver().receiveFullBytes(
                (ex, body) -> ex.dispatch(worker -> receive(worker, body)),
                (ex, failure) -> answer(ex, new Receipt(ReceiptCode.UNREADABLE, null, Instant.now())));
    }

    /** On a worker thread: read the parameters, hand them to the intake, answer when it says. */
    private void receive(HttpServerExchange exchange, byte[] body) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(portal);
        try {
            Map<String, String> parameters;
            try {
                parameters = WireFormat.parameters(exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE), body,
                        exchange.getQueryString().isEmpty() ? null : exchange.getQueryString());
            } catch (WireFormat.Unreadable e) {
                answer(exchange, new Receipt(ReceiptCode.UNREADABLE, null, clock().instant()));
                return;
            }
            CompletableFuture<Receipt> receipt = intake().receive(parameters);
            if (receipt.isDone()) {
                answer(exchange, receipt.join());
                return;
            }
            // the exchange stays open after this thread returns: the thread that commits the batch answers it
            AtomicBoolean answered = new AtomicBoolean();
            exchange.dispatch(SameThreadExecutor.INSTANCE, () -> {
                XnioExecutor.Key timeout = exchange.getIoThread().executeAfter(() -> {
                    if (answered.compareAndSet(false, true)) {
                        answer(exchange, new Receipt(ReceiptCode.NOT_STORED, null, clock().instant()));
                    }
                }, TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
                receipt.whenComplete((done, failure) -> {
                    if (answered.compareAndSet(false, true)) {
                        timeout.remove();
                        answer(exchange, done != null ? done : new Receipt(ReceiptCode.NOT_STORED, null, clock().instant()));
                    }
                });
            });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "usage log not received", e);
            answer(exchange, new Receipt(ReceiptCode.NOT_STORED, null, Instant.now()));
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private UsageIntake intake() {
        UsageIntake i = intake;
        if (i == null) {
            i = CDI.current().select(UsageIntake.class).get();
            intake = i;
        }
        return i;
    }

    private Clock clock() {
        Clock c = clock;
        if (c == null) {
            c = CDI.current().select(Clock.class).get();
            clock = c;
        }
        return c;
    }

    /** Writes the answer and ends the exchange (from any thread: the sender hands what it cannot write to the I/O thread). */
    static void answer(HttpServerExchange exchange, Receipt receipt) {
        try {
            exchange.setStatusCode(200);
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json;charset=UTF-8");
            exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
            exchange.getResponseHeaders().put(Headers.X_CONTENT_TYPE_OPTIONS, "nosniff");
            exchange.getResponseSender().send(ByteBuffer.wrap(json(receipt).getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "the client left before its answer", e);
            exchange.endExchange();
        }
    }

    /** The result object; the texts are read once (a bundle lookup per request showed in the profile). */
    static String json(Receipt receipt) {
        ReceiptCode code = receipt.code();
        String detail = DETAILS.get(code);
        if (detail.contains("{0}")) {
            detail = detail.replace("{0}", receipt.field() == null ? "" : receipt.field());
        }
        return "{\"result\":{\"recptnDt\":\"" + RECEIVED.format(receipt.at() == null ? Instant.now() : receipt.at())
                + "\",\"recptnRsltCd\":\"" + code.code() + "\",\"recptnRslt\":" + string(code.accepted() ? OK : FAILED)
                + ",\"recptnRsltDtl\":" + string(detail) + "}}";
    }

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("kr.go.smartfactory.usage.receipts", Locale.ROOT,
            UsageIntake.class.getClassLoader());
    private static final String OK = TEXTS.getString("result.ok");
    private static final String FAILED = TEXTS.getString("result.failed");
    private static final Map<ReceiptCode, String> DETAILS = java.util.Arrays.stream(ReceiptCode.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(c -> c, c -> TEXTS.getString(c.code())));

    /** A JSON string literal (quotes, backslashes and control characters escaped). */
    static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
