package kr.go.smartfactory.web.rest;

import java.util.List;

/**
 * The body of every API error: machine-readable codes, the messages in Korean and in English, and (for a
 * bad query parameter) the parameter's name.
 */
@jakarta.json.bind.annotation.JsonbPropertyOrder({"status", "codes", "messages", "messagesEn", "parameter"})
public record ApiError(int status, List<String> codes, List<String> messages, List<String> messagesEn, String parameter) {

    public ApiError(int status, List<String> codes, List<String> messages) {
        this(status, codes, messages, List.of(), null);
    }
}
