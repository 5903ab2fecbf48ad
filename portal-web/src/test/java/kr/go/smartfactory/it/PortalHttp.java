package kr.go.smartfactory.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** HTTP as browsers and scripts use the portal, for the @RunAsClient tests: sessions, forms, Basic, raw sockets. */
final class PortalHttp {

    static final String DEMO_PASSWORD = "Demo!2026portal";
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern SIGN_OUT_TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    private final URL base;

    PortalHttp(URL base) {
        this.base = base;
    }

    /** A client with its own cookie jar that does not follow redirects (so tests see them). */
    static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    URI uri(String path) {
        return URI.create(base + (path.startsWith("/") ? path.substring(1) : path));
    }

    HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(HttpClient client, String path, Map<String, String> form, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A browser signed in through the sign-in page as {@code account}@demo.smartfactory.kr. */
    HttpClient signedIn(String account) throws Exception {
        return signedIn(account + "@demo.smartfactory.kr", DEMO_PASSWORD);
    }

    /** A browser signed in through the sign-in page with this e-mail address and password. */
    HttpClient signedIn(String email, String password) throws Exception {
        HttpClient client = browser();
        HttpResponse<String> page = get(client, "/login.xhtml");
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertTrue(viewState.find(), "login form has a view state");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:email", email);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        HttpResponse<String> posted = postForm(client, "/login.xhtml", form);
        assertEquals(302, posted.statusCode(), "signed in as " + email);
        return client;
    }

    static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** One answer read off a raw socket. */
    record Raw(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * A GET sent from a chosen loopback address (127.0.0.x): the sign-in throttle counts per client address, so
     * a test that exhausts one address leaves every other test's address alone.
     */
    Raw getFrom(String localAddress, String path, String... headerLines) throws Exception {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(20_000);
            StringBuilder request = new StringBuilder("GET " + uri(path).getRawPath()
                    + (uri(path).getRawQuery() == null ? "" : "?" + uri(path).getRawQuery()) + " HTTP/1.1\r\n");
            request.append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
            for (String line : headerLines) {
                request.append(line).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).strip());
            }
            return new Raw(Integer.parseInt(head[0].split(" ")[1]), headers, text.substring(end + 4));
        }
    }
}
