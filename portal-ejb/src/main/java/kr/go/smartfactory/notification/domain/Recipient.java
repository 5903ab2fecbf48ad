package kr.go.smartfactory.notification.domain;

import java.util.Locale;
import java.util.Objects;

/** Someone a notification goes to: the account (its inbox), its e-mail address and its language. */
public record Recipient(long accountId, String email, Locale locale) {

    public Recipient {
        Objects.requireNonNull(email);
        locale = locale == null ? Locale.KOREAN : locale;
    }
}
