package kr.go.smartfactory.usage.web;

import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

/**
 * The shapes existing log clients send {@code sendLogData.json} in, all read into one map of parameters: a form body,
 * the parameters in the query string of a POST with an empty body, or a JSON object (values as strings or numbers);
 * with or without a charset on the content type (UTF-8 when none), with or without a byte order mark. Parameters in
 * the body win over the same ones in the query string.
 */
final class WireFormat {

    /** Looked up once: {@code Json.createReader} looks the provider up through the class loader on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    /** Larger bodies are no log (a log is a few hundred bytes). */
    static final int MAX_BODY = 64 * 1024;

    /** The body could not be read as any of the shapes. */
    static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        Unreadable(String why, Throwable cause) {
            super(why, cause);
        }
    }

    private WireFormat() {
    }

    static Map<String, String> parameters(String contentType, byte[] body, String queryString) throws Unreadable {
        Charset charset = charset(contentType);
        Map<String, String> parameters = new LinkedHashMap<>();
        String text = new String(body, charset).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (!text.isEmpty()) {
            if (type.contains("json") || text.startsWith("{")) {
                json(text, parameters);
            } else {
                form(text, charset, parameters);
            }
        }
        if (queryString != null && !queryString.isBlank()) {
            Map<String, String> query = new LinkedHashMap<>();
            form(queryString, StandardCharsets.UTF_8, query);
            query.forEach(parameters::putIfAbsent);
        }
        return parameters;
    }

    static Charset charset(String contentType) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.strip();
                if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                    String name = p.substring(8).strip().replace("\"", "");
                    try {
                        return Charset.forName(name);
                    } catch (IllegalArgumentException unknown) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static void json(String text, Map<String, String> into) throws Unreadable {
        JsonObject object;
        try (var reader = JSON.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Unreadable("a JSON body must be an object", null);
            }
            object = value.asJsonObject();
        } catch (JsonParsingException | IllegalStateException e) {
            throw new Unreadable("broken JSON", e);
        } catch (JsonException e) {
            throw new Unreadable("unreadable JSON", e);
        }
        object.forEach((name, value) -> {
            switch (value.getValueType()) {
                case STRING -> into.putIfAbsent(name, ((JsonString) value).getString());
                case NUMBER -> into.putIfAbsent(name, ((JsonNumber) value).bigDecimalValue().toPlainString());
                case TRUE, FALSE -> into.putIfAbsent(name, value.toString());
                default -> {
                    // null, objects and arrays carry no log parameter
                }
            }
        });
    }

    private static void form(String text, Charset charset, Map<String, String> into) throws Unreadable {
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                into.putIfAbsent(URLDecoder.decode(name, charset).strip(), URLDecoder.decode(value, charset));
            } catch (IllegalArgumentException e) {
                throw new Unreadable("a broken percent escape", e);
            }
        }
    }
}
