package kr.go.smartfactory.web.support;

import java.util.ArrayList;
import java.util.List;

/** The numbered pages a pager shows around the current one (at most 7), for every public list. */
public final class Pager {

    private Pager() {
    }

    public static List<Integer> numbers(int page, long pageCount) {
        int count = (int) Math.min(pageCount, 500);
        int from = Math.max(0, Math.min(page - 3, count - 7));
        int to = Math.min(count, from + 7);
        List<Integer> numbers = new ArrayList<>();
        for (int i = from; i < to; i++) {
            numbers.add(i);
        }
        return numbers;
    }
}
