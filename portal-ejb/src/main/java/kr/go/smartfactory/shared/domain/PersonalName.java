package kr.go.smartfactory.shared.domain;

/**
 * A person's name is personal data: public pages and the public API show it masked. One rule for every name
 * shown in public (key personnel, a sole proprietor's CEO).
 */
public final class PersonalName {

    private PersonalName() {
    }

    /** 김민수 → 김*수, 이수 → 이*, John Smith → J********h: first and last character kept. */
    public static String mask(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.strip();
        int[] cps = n.codePoints().toArray();
        if (cps.length == 1) {
            return "*";
        }
        if (cps.length == 2) {
            return new String(cps, 0, 1) + "*";
        }
        return new String(cps, 0, 1) + "*".repeat(cps.length - 2) + new String(cps, cps.length - 1, 1);
    }
}
