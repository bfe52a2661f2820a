package dozor.documents;

/** The bytes are not of a type Dozor accepts, whatever the file is called. */
public class UnsupportedDocumentType extends RuntimeException {

    public UnsupportedDocumentType() {
        super("Unsupported document type");
    }
}
