package dozor.documents;

/** What an attached file is to the request. */
public enum DocumentKind {
    PHOTO, ACT, INVOICE, CONTRACT, WAYBILL, OTHER
}
