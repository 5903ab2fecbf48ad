package kr.go.smartfactory.account.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a signed-in session may last: 30 idle minutes end it (web.xml), and whatever the activity it ends
 * {@link #ABSOLUTE_LIFETIME} after sign-in. A session also ends when the account's password was changed
 * after the session signed in ({@link UserAccount#acceptsSessionFrom}).
 */
public final class SessionPolicy {

    public static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(8);

    private SessionPolicy() {
    }

    public static boolean stillValid(Instant signedInAt, Instant now) {
        return signedInAt != null && !now.isBefore(signedInAt) && now.isBefore(signedInAt.plus(ABSOLUTE_LIFETIME));
    }
}
