package kr.go.smartfactory.web.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * One way to answer an API error, in JAX-RS ({@link #response}) and before JAX-RS is reached ({@link #write},
 * used by the authentication mechanism and the API guard): JSON {@link ApiError} in Korean and English.
 */
public final class ApiErrors {

    private ApiErrors() {
    }

    public static Response response(int status, String code, Object... args) {
        return response(status, List.of(code), null, args);
    }

    public static Response response(int status, List<String> codes, String parameter, Object... args) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body(status, codes, parameter, args)).build();
    }

    public static ApiError body(int status, List<String> codes, String parameter, Object... args) {
        return new ApiError(status, codes, codes.stream().map(c -> message(c, Locale.KOREAN, args)).toList(),
                codes.stream().map(c -> message(c, Locale.ENGLISH, args)).toList(), parameter);
    }

    /** Writes the error and commits the response, so nothing after this (error pages included) changes it. */
    public static void write(HttpServletResponse response, int status, String code, Object... args) throws IOException {
        ApiError error = body(status, List.of(code), null, args);
        JsonArrayBuilder codes = Json.createArrayBuilder(error.codes());
        JsonObjectBuilder json = Json.createObjectBuilder().add("status", status).add("codes", codes)
                .add("messages", Json.createArrayBuilder(error.messages()))
                .add("messagesEn", Json.createArrayBuilder(error.messagesEn()));
        byte[] bytes = json.build().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    public static String message(String key, Locale locale, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle("ValidationMessages", locale, ApiErrors.class.getClassLoader()).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
