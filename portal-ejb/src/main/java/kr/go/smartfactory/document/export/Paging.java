package kr.go.smartfactory.document.export;

import java.util.List;
import java.util.function.Consumer;

/**
 * How every staff table is exported: page after page of what the list shows, until a page comes back short or the
 * export limit is reached, so an export of a large table never holds it in memory (the writers stream).
 */
public final class Paging {

    private Paging() {
    }

    /** A page of rows from {@code first}, at most {@code max}. */
    @FunctionalInterface
    public interface Page<T> {
        List<T> rows(int first, int max);
    }

    public static <T> void forEach(Page<T> page, int pageSize, int limit, Consumer<? super T> each) {
        for (int first = 0; first < limit; first += pageSize) {
            List<T> rows = page.rows(first, pageSize);
            rows.forEach(each);
            if (rows.size() < pageSize) {
                return;
            }
        }
    }
}
