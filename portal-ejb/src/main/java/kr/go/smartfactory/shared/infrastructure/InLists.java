package kr.go.smartfactory.shared.infrastructure;

import java.util.ArrayList;
import java.util.List;

/**
 * IN lists cut into chunks of bind values: well under PostgreSQL's limit of 32,767 parameters per statement,
 * and few round trips. Every repository that looks up a file's or a page's worth of keys uses it.
 */
public final class InLists {

    public static final int CHUNK = 1000;

    private InLists() {
    }

    public static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += CHUNK) {
            chunks.add(values.subList(from, Math.min(values.size(), from + CHUNK)));
        }
        return chunks;
    }
}
