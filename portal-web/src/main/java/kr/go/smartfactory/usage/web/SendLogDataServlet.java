package kr.go.smartfactory.usage.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
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
import jakarta.json.Json;
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
                // the container's thread writes the answer, not the writer that committed the batch
                async.start(() -> {
                    try {
                        answer(async.getResponse(), done != null ? done : new Receipt(ReceiptCode.NOT_STORED, null, clock.instant()));
                    } catch (IOException e) {
                        LOG.log(Level.FINE, "the client left before its answer", e);
                    } finally {
                        async.complete();
                    }
                });
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

    static String json(Receipt receipt) {
        ResourceBundle texts = ResourceBundle.getBundle("kr.go.smartfactory.usage.receipts", Locale.ROOT, UsageIntake.class.getClassLoader());
        String code = receipt.code().code();
        String detail = MessageFormat.format(texts.getString(code).replace("'", "''"), receipt.field() == null ? "" : receipt.field());
        return Json.createObjectBuilder().add("result", Json.createObjectBuilder()
                .add("recptnDt", RECEIVED.format(receipt.at() == null ? Instant.now() : receipt.at()))
                .add("recptnRsltCd", code)
                .add("recptnRslt", texts.getString(receipt.code().accepted() ? "result.ok" : "result.failed"))
                .add("recptnRsltDtl", detail)).build().toString();
    }
}
