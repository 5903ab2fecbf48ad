package kr.go.smartfactory.usage.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.usage.application.Receipt;
import kr.go.smartfactory.usage.application.UsageIntake;
import kr.go.smartfactory.usage.domain.ReceiptCode;

/**
 * {@code POST /apisvc/sendLogData.json}: the log API existing MES/ERP clients already speak, unchanged. Every answer
 * is HTTP 200 with {@code {"result":{"recptnDt","recptnRsltCd","recptnRslt","recptnRsltDtl"}}}, whatever was sent.
 * An accepted log is answered only after its row is committed: the request waits (asynchronously, no thread held)
 * for the group commit that carries it. No session, no sign-in: the key in the request is the credential.
 */
@WebServlet(urlPatterns = SendLogDataServlet.PATH, asyncSupported = true)
public class SendLogDataServlet extends HttpServlet {

    public static final String PATH = "/apisvc/sendLogData.json";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SendLogDataServlet.class.getName());
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(KoreanTime.ZONE);
    /** Longer than any commit; an answer still missing by then says "not stored" (the client sends again). */
    static final long TIMEOUT_MILLIS = 30_000;

    @Inject
    private transient UsageIntake intake;

    @Inject
    private transient Clock clock;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> parameters;
        try {
            parameters = WireFormat.parameters(request.getContentType(), body(request), request.getQueryString());
        } catch (WireFormat.Unreadable e) {
            answer(response, new Receipt(ReceiptCode.UNREADABLE, null, clock.instant()));
            return;
        }
        CompletableFuture<Receipt> receipt = intake.receive(parameters);
        if (receipt.isDone()) {
            answer(response, receipt.join());
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(TIMEOUT_MILLIS);
        AtomicBoolean answered = new AtomicBoolean();
        async.addListener(new AsyncListener() {
            @Override
            public void onTimeout(AsyncEvent event) throws IOException {
                if (answered.compareAndSet(false, true)) {
                    answer(async.getResponse(), new Receipt(ReceiptCode.NOT_STORED, null, clock.instant()));
                    async.complete();
                }
            }

            @Override
            public void onComplete(AsyncEvent event) {
                // answered
            }

            @Override
            public void onError(AsyncEvent event) {
                answered.set(true);
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                // not restarted
            }
        });
        receipt.whenComplete((done, failure) -> {
            if (answered.compareAndSet(false, true)) {
                // written by the thread that completed the batch: a small answer into the socket's buffer costs less
                // than handing it to another thread (measured: docs/benchmarks.md)
                try {
                    answer(async.getResponse(), done != null ? done : new Receipt(ReceiptCode.NOT_STORED, null, clock.instant()));
                } catch (IOException e) {
                    LOG.log(Level.FINE, "the client left before its answer", e);
                } finally {
                    async.complete();
                }
            }
        });
    }

    /** Any other way of calling it is answered in the same JSON: send a POST. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response, new Receipt(ReceiptCode.UNREADABLE, null, clock.instant()));
    }

    private static byte[] body(HttpServletRequest request) throws IOException, WireFormat.Unreadable {
        if (request.getContentLengthLong() > WireFormat.MAX_BODY) {
            throw new WireFormat.Unreadable("body too large", null);
        }
        try (InputStream in = request.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > WireFormat.MAX_BODY) {
                    throw new WireFormat.Unreadable("body too large", null);
                }
            }
            return out.toByteArray();
        }
    }

    static void answer(ServletResponse response, Receipt receipt) throws IOException {
        byte[] json = json(receipt).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(json.length);
        if (response instanceof HttpServletResponse http) {
            http.setStatus(HttpServletResponse.SC_OK);
            http.setHeader("Cache-Control", "no-store");
            http.setHeader("X-Content-Type-Options", "nosniff");
        }
        try (OutputStream out = response.getOutputStream()) {
            out.write(json);
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
