package dozor.documents.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Bytes the {@link ContentSniffer} may read anywhere: a ZIP's directory sits at its end, a compound file's
 * wherever its allocation table says. Backed by a large object in production and by an array in tests.
 */
public interface SniffableContent {

    long size();

    /** Reads up to {@code length} bytes at {@code position}; returns how many, -1 at the end. */
    int read(long position, byte[] buffer, int offset, int length) throws IOException;

    /** Up to {@code length} bytes at {@code position}; fewer only when the content ends first. */
    default byte[] readAt(long position, int length) throws IOException {
        int wanted = (int) Math.max(0, Math.min(length, size() - position));
        byte[] bytes = new byte[wanted];
        int done = 0;
        while (done < wanted) {
            int n = read(position + done, bytes, done, wanted - done);
            if (n <= 0) {
                return java.util.Arrays.copyOf(bytes, done);
            }
            done += n;
        }
        return bytes;
    }

    /** The whole content from the start, for a sequential scan. */
    default InputStream stream() {
        return new InputStream() {

            private long position;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) == 1 ? one[0] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                int n = SniffableContent.this.read(position, b, off, len);
                if (n > 0) {
                    position += n;
                }
                return n;
            }
        };
    }

    static SniffableContent of(byte[] bytes) {
        return new SniffableContent() {

            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public int read(long position, byte[] buffer, int offset, int length) {
                if (position >= bytes.length) {
                    return -1;
                }
                int n = (int) Math.min(length, bytes.length - position);
                System.arraycopy(bytes, (int) position, buffer, offset, n);
                return n;
            }
        };
    }
}
