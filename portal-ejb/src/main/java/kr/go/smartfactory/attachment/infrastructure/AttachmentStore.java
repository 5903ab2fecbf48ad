package kr.go.smartfactory.attachment.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import kr.go.smartfactory.attachment.domain.StoredFile;
import kr.go.smartfactory.shared.domain.DomainException;

/**
 * Where uploaded files live: outside the database, under the server's data directory
 * ({@code standalone/data/attachments}, or {@code -Dportal.attachments.dir=…}; on several nodes a shared volume),
 * in {@code yyyy/MM/<random id>} files. A file kept in a transaction that rolls back is deleted again, so the
 * store never keeps a file the database does not know; a file removed in a transaction goes only when it commits.
 */
@ApplicationScoped
public class AttachmentStore {

    private static final Logger LOG = Logger.getLogger(AttachmentStore.class.getName());
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private volatile Path root;

    Path root() {
        Path r = root;
        if (r == null) {
            String configured = System.getProperty("portal.attachments.dir");
            String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
            r = Path.of(configured != null ? configured : data + "/attachments").toAbsolutePath().normalize();
            root = r;
        }
        return r;
    }

    /**
     * Receives an upload into a temporary file, reading at most {@code limit} bytes: a larger one is refused with
     * {@code tooLargeKey} before the rest is read. The caller deletes the file ({@link #discard}) when done.
     */
    public Path receive(InputStream content, long limit, String tooLargeKey) {
        try {
            Path incoming = Files.createDirectories(root().resolve("incoming"));
            Path temp = Files.createTempFile(incoming, "upload-", ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                long copied = content.transferTo(new LimitedOutputStream(out, limit));
                if (copied > limit) {
                    throw DomainException.onField("file", tooLargeKey);
                }
            } catch (LimitedOutputStream.LimitExceeded e) {
                discard(temp);
                throw DomainException.onField("file", tooLargeKey);
            } catch (RuntimeException | IOException e) {
                discard(temp);
                throw e;
            }
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A temporary file for a cleaned copy of an upload. */
    public Path temporary() {
        try {
            return Files.createTempFile(Files.createDirectories(root().resolve("incoming")), "clean-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves a checked file into the store and returns its key, size and SHA-256; undone if the transaction rolls back. */
    public StoredFile keep(Path checked, Instant now) {
        String key = MONTH.format(now) + "/" + UUID.randomUUID();
        Path target = resolve(key);
        try {
            String sha256 = sha256(checked);
            long size = Files.size(checked);
            Files.createDirectories(target.getParent());
            try {
                Files.move(checked, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(checked, target);
            }
            afterCompletion(committed -> {
                if (!committed) {
                    discard(target);
                }
            });
            return new StoredFile(key, size, sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of a key (never outside the store). */
    public Path path(String key) {
        return resolve(key);
    }

    /** Deletes the file once the current transaction commits (at once without a transaction). */
    public void removeAfterCommit(String key) {
        Path file = resolve(key);
        afterCompletion(committed -> {
            if (committed) {
                discard(file);
            }
        });
    }

    public static void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + file, e);
        }
    }

    private Path resolve(String key) {
        Path p = root().resolve(key).normalize();
        if (!p.startsWith(root()) || !key.matches("\\d{4}/\\d{2}/[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        return p;
    }

    private void afterCompletion(java.util.function.Consumer<Boolean> action) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            action.accept(true);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops writing once more than the limit has come. */
    private static final class LimitedOutputStream extends java.io.FilterOutputStream {

        private final long limit;
        private long written;

        LimitedOutputStream(OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(int n) {
            written += n;
            if (written > limit) {
                throw new LimitExceeded();
            }
        }

        static final class LimitExceeded extends RuntimeException {
            private static final long serialVersionUID = 1L;
        }
    }
}
