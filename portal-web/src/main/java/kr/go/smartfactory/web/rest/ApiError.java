package kr.go.smartfactory.web.rest;

import java.util.List;

/** The body of every API error: machine-readable codes and the messages in Korean. */
public record ApiError(int status, List<String> codes, List<String> messages) {
}
