package dozor.documents;

/** The file has no bytes at all. */
public class EmptyDocument extends RuntimeException {

    public EmptyDocument() {
        super("Empty document");
    }
}
