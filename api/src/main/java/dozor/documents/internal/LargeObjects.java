package dozor.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Document bytes as PostgreSQL large objects, on the connection of the caller's transaction: a large object
 * created in a transaction that rolls back is gone with it, and one unlinked in a transaction that commits is
 * gone for good. Every method needs that transaction.
 */
@Component
public class LargeObjects {

    private static final int CHUNK = 64 * 1024;

    private final DataSource dataSource;

    LargeObjects(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What {@link #store} wrote. */
    public record Stored(long oid, long size, String sha256) {
    }

    /** Thrown by {@link #store} as soon as the content grows past its limit; nothing of it survives the rollback. */
    public static class TooLarge extends RuntimeException {

        TooLarge() {
            super("Content exceeds its limit");
        }
    }

    /** Copies {@code content} into a new large object, with its SHA-256; refuses more than {@code maxBytes}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Stored store(InputStream content, long maxBytes) throws IOException {
        return withManager(manager -> {
            long oid = manager.createLO(LargeObjectManager.READWRITE);
            MessageDigest sha256 = sha256();
            long size = 0;
            LargeObject object = manager.open(oid, LargeObjectManager.WRITE);
            try {
                byte[] buffer = new byte[CHUNK];
                int n;
                while ((n = content.read(buffer)) != -1) {
                    size += n;
                    if (size > maxBytes) {
                        throw new TooLarge();
                    }
                    sha256.update(buffer, 0, n);
                    object.write(buffer, 0, n);
                }
            }
            finally {
                object.close();
            }
            return new Stored(oid, size, HexFormat.of().formatHex(sha256.digest()));
        });
    }

    /** Opens a large object for random-access reading; close it before the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Opened open(long oid) throws IOException {
        return withManager(manager -> new Opened(manager.open(oid, LargeObjectManager.READ)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void unlink(long oid) throws IOException {
        withManager(manager -> {
            manager.unlink(oid);
            return null;
        });
    }

    /** An open large object: sniffable, streamable, to be closed. */
    public static final class Opened implements SniffableContent, AutoCloseable {

        private final LargeObject object;

        private final long size;

        Opened(LargeObject object) throws SQLException {
            this.object = object;
            this.size = object.size64();
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public int read(long position, byte[] buffer, int offset, int length) throws IOException {
            if (position >= size) {
                return -1;
            }
            try {
                object.seek64(position, LargeObject.SEEK_SET);
                int n = object.read(buffer, offset, (int) Math.min(length, Math.min(CHUNK, size - position)));
                return n == 0 ? -1 : n;
            }
            catch (SQLException ex) {
                throw new IOException(ex);
            }
        }

        /** The content from the start, read in large chunks. */
        public InputStream inputStream() throws IOException {
            try {
                object.seek64(0, LargeObject.SEEK_SET);
                return object.getInputStream(CHUNK, Long.MAX_VALUE);
            }
            catch (SQLException ex) {
                throw new IOException(ex);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                object.close();
            }
            catch (SQLException ex) {
                throw new IOException(ex);
            }
        }
    }

    private interface ManagerWork<T> {
        T run(LargeObjectManager manager) throws SQLException, IOException;
    }

    private <T> T withManager(ManagerWork<T> work) throws IOException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return work.run(connection.unwrap(PGConnection.class).getLargeObjectAPI());
        }
        catch (SQLException ex) {
            throw new UncategorizedSQLException("large object", null, ex);
        }
        finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
