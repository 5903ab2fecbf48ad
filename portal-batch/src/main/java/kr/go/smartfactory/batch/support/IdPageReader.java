package kr.go.smartfactory.batch.support;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemReader;

/**
 * Reads ids in ascending pages and checkpoints on the last id handed out: after a crash the step resumes
 * right after the last committed chunk.
 */
public abstract class IdPageReader extends AbstractItemReader {

    private static final int PAGE = 200;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    /** The next ids after {@code afterId}, ascending, at most {@code max}. */
    protected abstract List<Long> nextIds(long afterId, int max);

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            List<Long> ids = nextIds(lastId, PAGE);
            exhausted = ids.size() < PAGE;
            page.addAll(ids);
        }
        Long id = page.poll();
        if (id != null) {
            lastId = id;
        }
        return id;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
