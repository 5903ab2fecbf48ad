package kr.go.smartfactory.account.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Password rules after the KISA guideline for public portals: at least 10 characters of two kinds
 * (letters, digits, symbols) or 8 of three kinds; at most 64; no run of four identical or consecutive
 * characters ("aaaa", "1234", "abcd"); not containing the e-mail's local part. Returns message keys.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;
    private static final int RUN = 4;

    private PasswordPolicy() {
    }

    public static List<String> violations(String password, String email) {
        List<String> keys = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            keys.add("password.tooShort");
            return keys;
        }
        if (password.length() > MAX_LENGTH) {
            keys.add("password.tooLong");
        }
        int kinds = kinds(password);
        if (kinds < 2 || (kinds == 2 && password.length() < 10)) {
            keys.add("password.kinds");
        }
        if (hasRun(password)) {
            keys.add("password.sequence");
        }
        if (email != null) {
            int at = email.indexOf('@');
            String local = (at > 0 ? email.substring(0, at) : email).toLowerCase(Locale.ROOT);
            if (local.length() >= RUN && password.toLowerCase(Locale.ROOT).contains(local)) {
                keys.add("password.containsEmail");
            }
        }
        return keys;
    }

    private static int kinds(String password) {
        boolean letter = false;
        boolean digit = false;
        boolean symbol = false;
        for (char c : password.toCharArray()) {
            if (Character.isLetter(c)) {
                letter = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (!Character.isWhitespace(c)) {
                symbol = true;
            }
        }
        return (letter ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    private static boolean hasRun(String password) {
        String p = password.toLowerCase(Locale.ROOT);
        int same = 1;
        int up = 1;
        int down = 1;
        for (int i = 1; i < p.length(); i++) {
            char a = p.charAt(i - 1);
            char b = p.charAt(i);
            same = b == a ? same + 1 : 1;
            up = Character.isLetterOrDigit(b) && b == a + 1 ? up + 1 : 1;
            down = Character.isLetterOrDigit(b) && b == a - 1 ? down + 1 : 1;
            if (same >= RUN || up >= RUN || down >= RUN) {
                return true;
            }
        }
        return false;
    }
}
