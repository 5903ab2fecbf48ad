package kr.go.smartfactory.web.rest;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Query parameters read by the resources themselves (as strings), so a value that is not a number or not one
 * of the allowed words answers a JSON 400 naming the parameter — JAX-RS would answer an empty 404.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** A parameter's value was refused: 400 with its name. */
    public static class BadParameter extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String parameter;
        private final String code;
        private final transient Object[] args;

        BadParameter(String parameter, String code, Object... args) {
            super(parameter);
            this.parameter = parameter;
            this.code = code;
            this.args = args;
        }
    }

    @Provider
    public static class BadParameterMapper implements ExceptionMapper<BadParameter> {
        @Override
        public Response toResponse(BadParameter e) {
            return ApiErrors.response(400, List.of(e.code), e.parameter, e.args);
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameter(name, "api.parameter.invalid", name);
        }
    }

    /** An optional enum value among those {@code accepted} (a public list never takes DRAFT, say). */
    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type, java.util.function.Predicate<E> accepted) {
        E value = enumValue(name, raw, type);
        if (value != null && !accepted.test(value)) {
            throw new BadParameter(name, "api.parameter.invalid", name);
        }
        return value;
    }

    /** An optional whole number within [min, max]; {@code fallback} when absent. */
    public static Integer integer(String name, String raw, int min, int max, Integer fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new BadParameter(name, "api.parameter.invalid", name);
        }
        if (value < min || value > max) {
            throw new BadParameter(name, "api.parameter.range", name, min, max);
        }
        return (int) value;
    }

    public static boolean bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new BadParameter(name, "api.parameter.invalid", name);
        };
    }

    /** Text of at most {@code maxLength} characters. */
    public static String text(String name, String raw, int maxLength) {
        if (raw != null && raw.length() > maxLength) {
            throw new BadParameter(name, "search.query.tooLong", maxLength);
        }
        return raw;
    }
}
