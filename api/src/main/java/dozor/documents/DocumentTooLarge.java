package dozor.documents;

/** The file is larger than {@code dozor.documents.max-size}. */
public class DocumentTooLarge extends RuntimeException {

    private final long maxBytes;

    public DocumentTooLarge(long maxBytes) {
        super("Document larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
