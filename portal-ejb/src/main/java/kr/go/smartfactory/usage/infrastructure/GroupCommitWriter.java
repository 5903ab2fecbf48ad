package kr.go.smartfactory.usage.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import kr.go.smartfactory.shared.domain.KoreanTime;
import kr.go.smartfactory.usage.domain.ReceiptCode;
import kr.go.smartfactory.usage.domain.RefusalTally;
import kr.go.smartfactory.usage.domain.UsageLogStore;
import kr.go.smartfactory.usage.domain.UsageRow;

/**
 * Group commit of accepted usage logs: every request puts its row on one queue and waits (asynchronously); a writer
 * thread takes whatever has gathered (up to {@link #MAX_BATCH} rows), inserts it as one JDBC batch in one transaction
 * and, when the commit returned, completes every waiting request with {@code true} — so a client is told "accepted"
 * only for a row that is durable, and the database sees one commit per batch instead of one per request. While a
 * batch commits the next one gathers, so batches grow with the load and nothing waits on a timer; with
 * {@link #WRITERS} threads one commits while another inserts. The completion writes the answers on the writer's
 * thread (measured twice as fast as handing them to a container thread). A failed batch answers {@code false} to
 * each of its requests (nothing stored: they send again). A full queue refuses at once.
 * <p>
 * Refused requests of known keys are only counted ({@link RefusalTally}); the first writer appends the counts to
 * {@code usage_refusal} every {@link #REFUSALS_EVERY_MILLIS} ms, so a flood of refusals costs no write per request.
 */
@ApplicationScoped
public class GroupCommitWriter implements UsageLogStore {

    private static final Logger LOG = Logger.getLogger(GroupCommitWriter.class.getName());
    static final int MAX_BATCH = 2_000;
    static final int QUEUE = 50_000;
    static final String INSERT = "insert into usage_log (key_id, company_id, project_id, logged_at, received_at, use_se, sys_user, "
            + "conect_ip, data_qty) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private record Pending(UsageRow row, CompletableFuture<Boolean> committed) {
    }

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @Resource
    private ManagedThreadFactory threads;

    /**
     * The benchmark's baseline ({@code -Dportal.usage.naiveWrites=true}): each request inserts its own row in its own
     * transaction on its own thread, as a first implementation would. Never set in production.
     */
    static final boolean NAIVE = Boolean.getBoolean("portal.usage.naiveWrites");

    static final long REFUSALS_EVERY_MILLIS = 5_000;
    static final String INSERT_REFUSALS = "insert into usage_refusal (key_id, use_day, code, refused, counted_at) values (?, ?, ?, ?, ?)";

    private final RefusalTally refusals = new RefusalTally();
    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE);
    /**
     * Writer threads per node: while one commits (the WAL flush) and answers its batch, the other gathers and inserts
     * the next; more only add commits.
     */
    static final int WRITERS = Integer.getInteger("portal.usage.writers", 2);

    private volatile boolean running;
    private final List<Thread> writers = new ArrayList<>();

    /** Started with the application (a CDI bean, not an EJB: every request calls it, and an EJB call costs interceptors). */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        running = true;
        for (int i = 0; i < WRITERS; i++) {
            boolean first = i == 0;
            Thread writer = threads.newThread(() -> run(first));
            writer.setName("usage-log-writer-" + (i + 1));
            writer.start();
            writers.add(writer);
        }
    }

    /** Stops taking rows, writes what is queued, and waits for the writers to finish (at most ten seconds). */
    @PreDestroy
    void stop() {
        running = false;
        try {
            for (Thread writer : writers) {
                writer.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.committed().complete(false);
        }
        flushRefusals();
    }

    @Override
    public void refused(long keyId, Instant at, ReceiptCode code) {
        refusals.count(keyId, KoreanTime.dayOf(at), code);
    }

    /** Appends the counted refusals in one transaction; on failure they are counted again next time. */
    @Override
    public synchronized int flushRefusals() {
        List<RefusalTally.Count> taken = refusals.drain();
        if (taken.isEmpty()) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(INSERT_REFUSALS)) {
                for (RefusalTally.Count n : taken) {
                    insert.setLong(1, n.keyId());
                    insert.setObject(2, n.day());
                    insert.setString(3, n.code().code());
                    insert.setLong(4, n.refused());
                    insert.setObject(5, now);
                    insert.addBatch();
                }
                insert.executeBatch();
                c.commit();
                return taken.size();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            refusals.restore(taken);
            LOG.log(Level.WARNING, e, () -> "refusal counts not written (kept for the next time): " + taken.size());
            return 0;
        }
    }

    /** Completes with true once the row is committed, false when it was not stored (queue full, database failure). */
    @Override
    public CompletableFuture<Boolean> write(UsageRow row) {
        if (NAIVE) {
            return CompletableFuture.completedFuture(insert(List.of(new Pending(row, null))));
        }
        CompletableFuture<Boolean> committed = new CompletableFuture<>();
        if (!running || !queue.offer(new Pending(row, committed))) {
            committed.complete(false);
        }
        return committed;
    }

    private void run(boolean countsRefusals) {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        long refusalsDue = System.currentTimeMillis() + REFUSALS_EVERY_MILLIS;
        while (running || !queue.isEmpty()) {
            try {
                if (countsRefusals && System.currentTimeMillis() >= refusalsDue) {
                    flushRefusals();
                    refusalsDue = System.currentTimeMillis() + REFUSALS_EVERY_MILLIS;
                }
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                boolean stored = insert(batch);
                batch.forEach(p -> p.committed().complete(stored));
                if (!stored) {
                    // the database is away: do not spin on it
                    Thread.sleep(200);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "usage log batch failed", e);
                batch.forEach(p -> p.committed().complete(false));
            } finally {
                batch.clear();
            }
        }
    }

    private boolean insert(List<Pending> batch) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                for (Pending p : batch) {
                    UsageRow r = p.row();
                    insert.setLong(1, r.keyId());
                    insert.setLong(2, r.companyId());
                    if (r.projectId() == null) {
                        insert.setNull(3, Types.BIGINT);
                    } else {
                        insert.setLong(3, r.projectId());
                    }
                    insert.setObject(4, OffsetDateTime.ofInstant(r.entry().loggedAt(), ZoneOffset.UTC));
                    insert.setObject(5, OffsetDateTime.ofInstant(r.receivedAt(), ZoneOffset.UTC));
                    insert.setString(6, r.entry().kind().code());
                    insert.setString(7, r.entry().user());
                    insert.setString(8, r.entry().address());
                    insert.setLong(9, r.entry().quantity());
                    insert.addBatch();
                }
                insert.executeBatch();
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, e, () -> "usage logs not stored: a batch of " + batch.size());
            return false;
        }
    }

}
