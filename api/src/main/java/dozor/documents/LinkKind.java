package dozor.documents;

/** Accounting documents a request may refer to by number: договор, счёт, акт, ТТН/ТН. */
public enum LinkKind {
    CONTRACT, INVOICE, ACT, WAYBILL
}
