package dozor.stock;

/** ABC class of an item (by its share of turnover); set by hand now, by the batch analysis later. */
public enum AbcClass {
    A, B, C
}
