package dozor.documents;

/** The request already links a document of this kind with this reference. */
public class DuplicateDocumentLink extends RuntimeException {

    private final LinkKind kind;

    private final String reference;

    public DuplicateDocumentLink(LinkKind kind, String reference) {
        super(kind + " " + reference + " is already linked");
        this.kind = kind;
        this.reference = reference;
    }

    public LinkKind kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }
}
