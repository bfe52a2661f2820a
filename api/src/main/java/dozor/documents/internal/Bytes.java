package dozor.documents.internal;

/** Fixed-width integers inside file headers. */
final class Bytes {

    private Bytes() {
    }

    static int u16le(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    static long u32le(byte[] b, int at) {
        return (u16le(b, at) | (long) u16le(b, at + 2) << 16) & 0xFFFFFFFFL;
    }

    static int i32le(byte[] b, int at) {
        return (int) u32le(b, at);
    }

    static long u32be(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF))
                & 0xFFFFFFFFL;
    }
}
